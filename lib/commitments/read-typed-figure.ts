import { storedFigure } from "./figure-precision";
import { exponentFigure, halfWidth, parseFigureText } from "./parse-figure-text";

/** What is wrong with a typed figure; each reader (the forms, the progress sheet) says it in its own words. */
export type TypedFigureProblem =
  | { problem: "percent"; value: string }
  | { problem: "unit"; value: string; typed: string }
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
 * Words after a number are never read: "386亿" against a unit of 万元 is 3860000, against 亿元 it
 * is 386, and the figure stored must be what the official meant, in the commitment's unit.
 */
export function readTypedFigure(text: string): { figure: number | null } | TypedFigureProblem {
  const percent = PERCENT.exec(halfWidth(text).trim());
  if (percent) return { problem: "percent", value: percent[1] };
  const exponent = exponentFigure(text);
  const value = exponent ?? parseFigureText(text);
  if (value === null) return { figure: null };
  if (value === "invalid" || Number.isNaN(value)) return withWords(text) ?? { problem: "notANumber" };
  const stored = storedFigure(value);
  if (stored === "tooLarge" || stored === "tooPrecise") return { problem: stored };
  if (exponent !== null) return { problem: "exponent" };
  return { figure: stored };
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
