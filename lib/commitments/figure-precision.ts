import { z } from "zod";

/** Figures are stored as Decimal(20, 4): four decimal places. */
export const FIGURE_DECIMALS = 4;
/** Decimal(20,4) holds up to 16 integer digits; anything larger is a typo, not a figure. */
export const MAX_FIGURE = 1e15;

/**
 * A figure as it will be stored, "tooLarge" past MAX_FIGURE (a digit typed too many, which the
 * column cannot hold), or "tooPrecise" when storing it would change it: 19.99996 against
 * a target of 20 would be kept as 20 and approved as 100% after the reviewer saw 99.99%. The
 * binary noise of a spreadsheet's arithmetic (12.300000000000001 for 12.3) is not precision
 * anyone typed, and is dropped: the figure is read to 15 significant digits, what a double holds
 * for certain, and its decimals counted there.
 */
export function storedFigure(value: number): number | "tooLarge" | "tooPrecise" {
  if (Math.abs(value) > MAX_FIGURE) return "tooLarge";
  const clean = Number(value.toPrecision(15));
  return decimalsOf(clean) > FIGURE_DECIMALS ? "tooPrecise" : clean;
}

/** Digits after the point of a number as JavaScript writes it ("1.5e-7" has 8). */
function decimalsOf(x: number): number {
  const [mantissa, exponent = "0"] = x.toString().split("e");
  return Math.max(0, (mantissa.split(".")[1] ?? "").length - Number(exponent));
}

/**
 * For a zod number schema's `.transform`: the figure as it will be stored, or the
 * "workflow.form.numberTooLarge" / "workflow.form.tooManyDecimals" issue — one check for every
 * schema that takes figures (a progress update's, a change request's, an import's targets) and
 * for the progress sheet, which calls storedFigure itself.
 */
export function toStoredFigure(value: number, ctx: z.RefinementCtx): number {
  const stored = storedFigure(value);
  if (typeof stored === "number") return stored;
  ctx.addIssue({ code: "custom", message: stored === "tooLarge" ? "workflow.form.numberTooLarge" : "workflow.form.tooManyDecimals" });
  return z.NEVER;
}
