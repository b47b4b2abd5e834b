/** Figures are stored as Decimal(20, 4): four decimal places. */
export const FIGURE_DECIMALS = 4;
const SCALE = 10 ** FIGURE_DECIMALS;

/**
 * A figure as it will be stored, or "tooPrecise" when storing it would change it: 19.99996 against
 * a target of 20 would be kept as 20 and approved as 100% after the reviewer saw 99.99%. The
 * binary noise of a spreadsheet's arithmetic (12.300000000000001 for 12.3) is not precision
 * anyone typed, and is dropped.
 */
export function storedFigure(value: number): number | "tooPrecise" {
  const rounded = Math.round(value * SCALE) / SCALE;
  return Math.abs(value - rounded) <= 1e-9 * Math.max(1, Math.abs(value)) ? rounded : "tooPrecise";
}
