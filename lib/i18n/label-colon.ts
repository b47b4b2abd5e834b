/**
 * A label and the colon of its own script, for a value written after it: "退回意见：" in Chinese,
 * "Review note: " in English. Components get their labels already translated, so the label's
 * last character tells which (a Chinese label ends in a Han character or full-width punctuation).
 */
export function withColon(label: string): string {
  return /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]$/u.test(label) ? `${label}：` : `${label}: `;
}
