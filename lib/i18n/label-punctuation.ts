/**
 * Punctuation written around translated labels. Components get their labels already translated,
 * so a label's last character tells its language (a Chinese label ends in a Han character or
 * full-width punctuation) and the punctuation follows it.
 */
const CHINESE_END = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/u;

/** A label before its value: "退回意见：" in Chinese, "Review note: " in English. */
export function withColon(label: string): string {
  return CHINESE_END.test(label) ? `${label}：` : `${label}: `;
}

/** An aside after a label, in the brackets of its language: "（20+）" after 待办, " (20+)" after "To do". */
export function bracketedAfter(label: string, aside: string): string {
  return CHINESE_END.test(label) ? `（${aside}）` : ` (${aside})`;
}
