import { storedFigure } from "./figure-precision";
import { exponentFigure, halfWidth, parseFigureText } from "./parse-figure-text";

/** What is wrong with a typed figure; each reader (the forms, the progress sheet) says it in its own words. */
export type TypedFigureProblem =
  | { problem: "percent"; value: string }
  | { problem: "notANumber" | "tooLarge" | "tooPrecise" | "exponent" };

const PERCENT = /^([-+]?[\d.,]+)\s*%$/;

/**
 * A figure as an official types it — in the update or change request form, or a progress sheet's
 * cell — as it will be stored (null when empty), or what is wrong with it: "69.5%" (the unit is
 * the field's already), not a number, too large or too precise to be kept, or a number in
 * scientific notation that could be kept but is asked for in full ("1.23457E+15" has lost digits).
 * "1e16" is too large as 10000000000000000 is, not "not a number".
 */
export function readTypedFigure(text: string): { figure: number | null } | TypedFigureProblem {
  const percent = PERCENT.exec(halfWidth(text).trim());
  if (percent) return { problem: "percent", value: percent[1] };
  const exponent = exponentFigure(text);
  const value = exponent ?? parseFigureText(text);
  if (value === null) return { figure: null };
  if (value === "invalid" || Number.isNaN(value)) return { problem: "notANumber" };
  const stored = storedFigure(value);
  if (stored === "tooLarge" || stored === "tooPrecise") return { problem: stored };
  if (exponent !== null) return { problem: "exponent" };
  return { figure: stored };
}
