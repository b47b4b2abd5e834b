const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

/**
 * Text typed with a Chinese input method as the ASCII it stands for: the full-width forms
 * ("５．５", "－３", "１，２００", "５０％"), the ideographic space and full stop ("5。5") and the
 * typographic minus "−". Nothing else is folded (NFKC would read a footnote's "390¹" as 3901).
 */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .replace(/\u2212/g, "-")
    .replace(/\u3002/g, ".");
}

/**
 * A figure as typed — by an official reporting progress, in a progress sheet's cell, by an admin
 * reviewing an import: null when empty, "invalid" when it is not a plain number. Thousands may
 * be grouped ("2,600", "1，234，567.8"); an exponent, "%", a misplaced comma ("1,5") or anything
 * else is refused rather than guessed at.
 */
export function parseFigureText(text: string): number | null | "invalid" {
  const normalized = halfWidth(text).trim();
  if (normalized === "") return null;
  const plain = GROUPED_THOUSANDS.test(normalized) ? normalized.replaceAll(",", "") : normalized;
  return PLAIN_NUMBER.test(plain) ? Number(plain) : "invalid";
}

const EXPONENT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)e[+-]?\d+$/i;

/**
 * The number a figure written in scientific notation stands for ("1e16", "1.2E+6": how a
 * spreadsheet shows a long number), or null for any other text. parseFigureText refuses it —
 * "1.23457E+15" has lost digits — but a reader says why as it says it of the figure written
 * out: too large or too precise to be kept if it is, to be written in full otherwise.
 */
export function exponentFigure(text: string): number | null {
  const normalized = halfWidth(text).trim();
  return EXPONENT.test(normalized) ? Number(normalized) : null;
}
