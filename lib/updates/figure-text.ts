/**
 * A figure as typed, made readable as a number: full-width digits, signs and separators that a
 * Chinese input method writes ("３９０", "－２．５", "1，200") become ASCII (NFKC), a typographic
 * minus "−" a hyphen, and thousands separators go.
 */
export function figureText(typed: string): string {
  return typed.normalize("NFKC").replace(/\u2212/g, "-").replace(/,/g, "").trim();
}
