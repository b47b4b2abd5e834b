/**
 * Text put inside our own double quotes (退回意见“{note}”): its double quotes become single ones,
 * as a quote within a quote is written in Chinese (GB/T 15834) and in English alike —
 * 退回意见“单位为‘万只’，请…”, not “单位为“万只”，请…”, where the reader cannot tell which quote
 * ends where. Straight quotes typed in pairs ("万只") are turned too; the text itself is not changed.
 */
export function quotedWithin(text: string): string {
  return text
    .replace(/"([^"\n]*)"/g, "‘$1’")
    .replace(/“/g, "‘")
    .replace(/”/g, "’");
}

/** The quote pairs a message puts a value between (“{indicator}”, "{name}"). */
const QUOTE_PAIRS = [
  ["“", "”"],
  ['"', '"'],
] as const;

/**
 * Whether a placeholder stands between our own pair of double quotes, given the message text just
 * before and just after it: its value is then a quote within a quote (quotedWithin).
 */
export function isQuotedSlot(before: string, after: string): boolean {
  return QUOTE_PAIRS.some(([open, close]) => before.endsWith(open) && after.startsWith(close));
}
