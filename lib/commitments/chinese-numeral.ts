// Chinese numerals typed for a figure ("四百六十二", "一点五", "二〇二三"): never taken as the
// figure — an official is asked for Arabic digits — but read, where they can be read one way
// only, so the message can show the digits meant ("请用阿拉伯数字填写，如 462").

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const PLACES: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZERO = /^[零〇]/;

/** A run of Chinese numeral characters at the start of a text, with the sign 负 (the rest is what follows). */
const CHINESE_NUMERAL = /^((?:负|-)?[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億点]+)/;
/** A digit or a 十 (十二 is 12): a run of 万, 百 or 点 alone is no numeral. */
const HOLDS_A_NUMBER = /[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾]/;

/** Whether a text starts with a Chinese numeral (not a figure with words after it: "三百个" does, "300个" does not). */
export function startsWithChineseNumeral(text: string): string | null {
  const run = CHINESE_NUMERAL.exec(text)?.[1];
  return run && HOLDS_A_NUMBER.test(run) ? run : null;
}

/**
 * A Chinese numeral as the digits it means ("四百六十二" → "462", "负三" → "-3", "零点五" → "0.5",
 * "四六二" → "462"), or null when it can be read more than one way or is none: said short
 * ("三百五" is 350 in speech, "一万五" 15000), ending on 万 or 亿 ("十万" against a unit of 万个 is
 * 10, of 个 100000: a scale word, like "10万"), or out of order ("五百四千").
 */
export function chineseNumeralValue(text: string): string | null {
  const signed = /^(?:负|-)/.exec(text);
  const body = signed ? text.slice(signed[0].length) : text;
  if (/[万萬亿億]$/.test(body)) return null;
  const [whole, fraction, ...more] = body.split("点");
  if (more.length || whole === "" || fraction === "") return null;
  const integer = digitString(whole) ?? positional(whole, true);
  if (integer === null) return null;
  const decimals = fraction === undefined ? "" : fractionDigits(fraction);
  if (decimals === null) return null;
  const value = decimals ? `${integer}.${decimals}` : String(integer);
  return signed && Number(value) !== 0 ? `-${value}` : value;
}

/** Digits read one by one ("四六二", "二〇二三"); a leading 零 or a 两 is not how a figure is spelt so. */
function digitString(text: string): string | null {
  if (text.length < 2 || ZERO.test(text) || text.includes("两")) return null;
  const digits = [...text].map((c) => DIGITS[c]);
  return digits.every((d) => d !== undefined) ? digits.join("") : null;
}

function fractionDigits(text: string): string | null {
  const digits = [...text].map((c) => (c === "两" ? undefined : DIGITS[c]));
  return digits.every((d) => d !== undefined) ? digits.join("") : null;
}

/**
 * 亿 and 万 split the number into groups of four places; a lower group is either full (its top
 * place right under the unit: 一万五千) or starts with 零 (一万零五百). "一万五" is neither.
 */
function positional(text: string, leading: boolean): number | null {
  for (const [unit, size] of [["亿億", 1e8], ["万萬", 1e4]] as const) {
    const at = Math.max(...[...unit].map((u) => text.lastIndexOf(u)));
    if (at < 0) continue;
    const upper = positional(text.slice(0, at), leading);
    const lower = lowerGroup(text.slice(at + 1), size);
    return upper === null || lower === null || upper === 0 ? null : upper * size + lower;
  }
  return group(text, leading);
}

function lowerGroup(text: string, size: number): number | null {
  if (text === "") return 0;
  const gapped = ZERO.test(text);
  const value = positional(gapped ? text.slice(1) : text, false);
  if (value === null || value === 0) return null;
  return (gapped ? value < size / 10 : value >= size / 10) ? value : null;
}

/** Up to four places: 千, 百, 十 in order, each after its digit (十 alone at the very start), 零 only over a gap. */
function group(text: string, leading: boolean): number | null {
  if (text === "") return null;
  if (text.length === 1 && ZERO.test(text)) return 0;
  let total = 0;
  let digit: number | null = null;
  let last = 10_000;
  let zero = false;
  for (const c of text) {
    if (c in PLACES) {
      const place = PLACES[c];
      if (place >= last || (zero && place * 10 === last)) return null;
      if (digit === null) {
        if (!(leading && place === 10 && total === 0 && !zero)) return null;
        digit = 1;
      }
      total += digit * place;
      [digit, last, zero] = [null, place, false];
    } else if (ZERO.test(c)) {
      if (digit !== null || zero || total === 0) return null;
      zero = true;
    } else if (c in DIGITS) {
      if (digit !== null) return null;
      digit = DIGITS[c];
    } else return null;
  }
  if (digit === null) return zero ? null : total;
  // A last digit without its place: the ones, after 十, after 零 (一百零五) or alone; "三百五" is said short.
  if (last === 10_000 || (last === 10 && !zero) || (zero && last > 10)) return total + digit;
  return null;
}
