// Chinese numerals (一, 两, 十五, 二百三十) and the Arabic number forms found in reports.

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Parses a Chinese numeral such as "十五", "二百零三", "两"; returns null if it is not one. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = null;
    } else if (ch in BIG_UNITS) {
      total = (total + section + (digit ?? 0)) * BIG_UNITS[ch];
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** "2,600" / "1.05" / "3 000" → number. Spaces and thousands separators are ignored. */
export function parseArabic(text: string): number {
  return Number(text.replace(/[,，\s]/g, ""));
}

/** Chinese numerals → number; for section/part numerals (一 … 二十). */
export function numeralToInt(text: string): number {
  return parseChineseNumeral(text) ?? Number.NaN;
}
