import { chineseNumeralValue, startsWithChineseNumeral } from "./chinese-numeral";
import { halfWidth, parseFigureText } from "./parse-figure-text";

// Words that make a figure an estimate: "约462", "462个左右", "460余家", "四百多", "about 462",
// "500+". A reading is compared with its target and summed into the dashboard, so it must be the
// figure itself; what the official estimated is never stored as if it were exact.

/** Before the number (longest first, so 大约 is not read as 大 + 约). */
const BEFORE = /^(约为|大约|大概|大致|将近|接近|超过|不到|不足|至少|最少|最多|约|近|逾|~|≈|approximately|approx\.?|about|around|roughly|nearly|almost|over|under|more than|less than|at least|at most|up to)\s*/i;
/** Right after the number, before any unit ("460余个", "四百多万元"). */
const RIGHT_AFTER = /^(多|余|来|\+)/;
/** At the end, after any unit ("462个左右", "5%以上"). */
const AT_THE_END = /\s*(左右|上下|以上|以下|以内|有余|出头|开外|许|\+|or so|or more|or less|plus)$/i;
const ARABIC = /^[-+]?[\d.,]*\d[\d.,]*/;

export interface ApproximateFigure {
  /** The estimating words as typed, in their order ("约", "左右"). */
  words: string[];
  /** The number typed, in Arabic digits, when nothing else (a unit) was typed with it: for the message's example only. */
  value?: string;
}

/** A number written as an estimate (see above), or null for anything else. */
export function approximateFigure(text: string): ApproximateFigure | null {
  let rest = halfWidth(text).trim();
  const words: string[] = [];
  const before = BEFORE.exec(rest);
  if (before) [words[0], rest] = [before[1], rest.slice(before[0].length)];
  const number = ARABIC.exec(rest)?.[0] ?? startsWithChineseNumeral(rest);
  if (!number) return null;
  let after = rest.slice(number.length).trim();
  const right = RIGHT_AFTER.exec(after);
  if (right) [after, words[words.length]] = [after.slice(right[0].length).trim(), right[1]];
  const end = AT_THE_END.exec(after);
  if (end) [after, words[words.length]] = [after.slice(0, end.index).trim(), end[1]];
  if (words.length === 0) return null;
  const value = after === "" ? asDigits(number) : null;
  return value === null ? { words } : { words, value };
}

/** The number as Arabic digits when it reads as one (a Chinese numeral only when it reads one way). */
function asDigits(number: string): string | null {
  const arabic = parseFigureText(number);
  if (typeof arabic === "number") return number.replace(/^\+/, "");
  return arabic === "invalid" && !ARABIC.test(number) ? chineseNumeralValue(number) : null;
}
