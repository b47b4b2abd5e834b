// Deadlines written in the text: 上半年, 6 月底前, 三季度, 8月, 年底前 …
// A commitment without one is due at the end of the report's year.

import { parseChineseNumeral } from "./numbers";

export interface TimePhrase {
  start: number;
  end: number;
  month: number;
  day: number | null; // null → last day of the month
}

const TIME_PHRASE = new RegExp(
  [
    "(上半年|下半年)(?:末|底)?(?:之前|前)?",
    "(?:第)?([一二三四1-4])\\s*季度(?:末|底)?(?:之前|前)?",
    "(?:今年)?(年底|年末|年内)(?:之前|前)?",
    "([0-9]{1,2}|十[一二]|[一二三四五六七八九十])\\s*月(?:份)?(上旬|中旬|下旬|底|末)?(?:之前|前)?",
  ].join("|"),
  "g",
);

function monthOf(text: string): number | null {
  const n = /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

export function findTimePhrases(s: string): TimePhrase[] {
  const out: TimePhrase[] = [];
  TIME_PHRASE.lastIndex = 0;
  for (let m = TIME_PHRASE.exec(s); m; m = TIME_PHRASE.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      out.push({ start, end, month: m[1] === "上半年" ? 6 : 12, day: null });
    } else if (m[2]) {
      out.push({ start, end, month: (monthOf(m[2]) ?? 4) * 3, day: null });
    } else if (m[3]) {
      out.push({ start, end, month: 12, day: null });
    } else if (m[4]) {
      // "2023年1月4日" is a date, not a deadline; "3个月" never matches (个 sits between).
      const before = s.slice(Math.max(0, start - 2), start);
      const after = s.slice(end, end + 3);
      if (/年\s*$|\d$/.test(before) || /^\s*\d{0,2}\s*日/.test(after) || /^\s*\d/.test(after)) continue;
      const month = monthOf(m[4]);
      if (month === null) continue;
      const part = m[5];
      const day = part === "上旬" ? 10 : part === "中旬" ? 20 : null;
      out.push({ start, end, month, day });
    }
  }
  return out;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function deadlineDate(year: number, phrase: TimePhrase | null): string {
  const month = phrase?.month ?? 12;
  const day = phrase?.day ?? lastDay(year, month);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
