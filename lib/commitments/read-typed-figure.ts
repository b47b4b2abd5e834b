import { approximateFigure } from "./approximate-figure";
import { chineseNumeralValue, startsWithChineseNumeral } from "./chinese-numeral";
import { storedFigure } from "./figure-precision";
import { exponentFigure, halfWidth, parseFigureText } from "./parse-figure-text";

/** What is wrong with a typed figure; each reader (the forms, the progress sheet) says it in its own words. */
export type TypedFigureProblem =
  | { problem: "percent"; value: string }
  | { problem: "unit"; value: string; typed: string }
  // "约462", "462个左右": an estimate (words: the estimating words; value: the number, when typed alone).
  | { problem: "approximate"; words: string[]; value?: string }
  // "四百六十二": Chinese numerals (value: the digits meant, when they can be read one way only).
  | { problem: "chineseNumeral"; value?: string }
  | { problem: "notANumber" | "tooLarge" | "tooPrecise" | "exponent" };

const PERCENT = /^([-+]?[\d.,]+)\s*%$/;
/** A number followed by words ("462个", "386亿", "1.2 万亩", "60左右"): no digit after it, and a letter or a sign of measure among them. */
const WITH_WORDS = /^([-+]?[\d.,]*\d[\d.,]*)\s*(\D*[\p{L}%‰]\D*)$/u;

/**
 * A figure as an official types it — in the update or change request form, or a progress sheet's
 * cell — as it will be stored (null when empty), or what is wrong with it: "69.5%" (the unit is
 * the field's already), a number with words after it ("462个", "386亿": `typed`, which the reader
 * holds against the commitment's unit, typedUnit), not a number, too large or too precise to be
 * kept, or a number in scientific notation that could be kept but is asked for in full
 * ("1.23457E+15" has lost digits). "1e16" is too large as 10000000000000000 is, not "not a number".
 * An estimate ("约462", "462个左右") and Chinese numerals ("四百六十二") are refused as what they
 * are, so the reader can say what to write instead — never read as the number they seem to mean.
 * Words after a number are never read: "386亿" against a unit of 万元 is 3860000, against 亿元 it
 * is 386, and the figure stored must be what the official meant, in the commitment's unit.
 */
export function readTypedFigure(text: string): { figure: number | null } | TypedFigureProblem {
  const percent = PERCENT.exec(halfWidth(text).trim());
  if (percent) return { problem: "percent", value: percent[1] };
  const exponent = exponentFigure(text);
  const value = exponent ?? parseFigureText(text);
  if (value === null) return { figure: null };
  if (value === "invalid" || Number.isNaN(value)) return estimate(text) ?? chinese(text) ?? withWords(text) ?? { problem: "notANumber" };
  const stored = storedFigure(value);
  if (stored === "tooLarge" || stored === "tooPrecise") return { problem: stored };
  if (exponent !== null) return { problem: "exponent" };
  return { figure: stored };
}

/** An estimate is said as one before its words are held against the unit: "462个左右" is not in another unit. */
function estimate(text: string): TypedFigureProblem | null {
  const read = approximateFigure(text);
  return read && { problem: "approximate", ...read };
}

/** Chinese numerals, with the digits they mean only when the whole text is one that reads one way ("三百个" has a unit after it). */
function chinese(text: string): TypedFigureProblem | null {
  const folded = halfWidth(text).trim();
  const run = startsWithChineseNumeral(folded);
  if (!run) return null;
  const value = run === folded ? chineseNumeralValue(run) : null;
  return value === null ? { problem: "chineseNumeral" } : { problem: "chineseNumeral", value };
}

/** A number the figure readers would take, with words after it; null for anything else. */
function withWords(text: string): TypedFigureProblem | null {
  const match = WITH_WORDS.exec(halfWidth(text).trim());
  if (!match) return null;
  const number = parseFigureText(match[1]);
  return typeof number === "number" ? { problem: "unit", value: match[1], typed: match[2].trim() } : null;
}

/**
 * The words typed after a figure against the commitment's unit: the unit itself ("个" of 个, "%"
 * of %), other words ("亿" of 万元, "万" of 个, "左右"), or no unit to hold them against. Compared
 * as typed (full-width folded, spaces dropped) and never by meaning: "亿" is not "亿元" here, and
 * the message for other words says to give the figure in the commitment's unit.
 */
export function typedUnit(typed: string, unit: string | null | undefined): "same" | "other" | "noUnit" {
  const bare = (text: string) => halfWidth(text).replace(/\s+/g, "");
  if (!unit || !bare(unit)) return "noUnit";
  return bare(typed) === bare(unit) ? "same" : "other";
}

/** What a reader says of a problem: one wording each, and a second, showing the figure meant, for an estimate or Chinese numerals. */
export type FigureWording = TypedFigureProblem["problem"] | "approximateFigure" | "chineseNumeralFigure";

export function figureWording(read: TypedFigureProblem): FigureWording {
  if (read.problem === "approximate" || read.problem === "chineseNumeral") return read.value === undefined ? read.problem : `${read.problem}Figure`;
  return read.problem;
}

/** The values an estimate's or Chinese numerals' message shows: the figure meant ({value}) and the estimating words ({words}). */
export function figureWordingParams(read: TypedFigureProblem): Record<string, string | string[]> {
  if (read.problem === "approximate") return { words: read.words, ...(read.value === undefined ? {} : { value: read.value }) };
  if (read.problem === "chineseNumeral") return read.value === undefined ? {} : { value: read.value };
  return {};
}
