// Which clauses of a plan part speak of another year. A plan part also looks back ("去年建成公园
// 30个，今年建成公园40个"): the figures of a year gone by are not the plan year's targets — but a
// later year ("2026年，…", as 明年), a goal by it ("到2026年") or a deadline in it ("2026年底前") is
// promised now, due then, unless further ahead than the report's to track.
// Read clause by clause: how the sentence opens is not enough.

import type { Piece } from "./clauses";
import { findTimePhrases } from "./deadline";
import { PLACE, STRETCH } from "./year-deadlines";
import { A_YEAR_BEFORE } from "./year-before";

export interface YearPiece extends Piece {
  /** The piece speaks of another year: its figures and dated actions are not the plan year's. */
  elsewhere: boolean;
}

/** A clause's time before the plan year: it looks back. */
const LOOKING_BACK = new RegExp(`^(?:过去|${A_YEAR_BEFORE}|前些年|近年来|以往|[一二三四五六七八九十两几\\d]+年来)`);
/** "截至去年底", "截至目前", but "截至年底", "截至6月底": the date that follows says which year. */
const UNTIL = /^截[至止]到?\s*/;
/**
 * "去年开工的10个项目全部竣工", "上年结转的…": what was done to things the year before names which
 * things, not when the clause's action is; the clause is the plan year's. Not "去年的地区生产总值…".
 */
const THINGS_OF_YEAR_BEFORE = new RegExp(
  `^${A_YEAR_BEFORE}(?:已|未|新)?(?:开工|建成|启动|签约|实施|结转|续建|在建|完成|引进|落地|谋划|批复|获批|确定|部署|遗留|储备)的`,
);
/** The plan year named as such, or the next (明年底前…, a deadline still promised). */
const PLAN_YEAR_WORD = /^(?:今年|本年|明年)/;
const YEAR_LEAD = /^(?:到|至)?\s*((?:19|20)\d{2})\s*年/;
/** What may lead to a clause's time: a stretch and 到 ("力争到2026年", "力争2026年"), 从 before a range of years. */
const ONLY_LEADS_TO_TIME = new RegExp(`^(?:${STRETCH}\\s*)*(?:到|至|从)?\\s*$`);
/**
 * Where a year may be named inside a clause as its new time ("…30个今年建成公园40个"): not as the
 * reference of a comparison ("比今年", "与2024年相比").
 */
const YEAR_WORD = /(?<![比较与同和\d])(?:今年|本年|明年|(?:19|20)\d{2}\s*年)/g;
/**
 * "继上年新建30所学校后", "在去年建成30个公园的基础上": what a year before did, said as the
 * ground of this year's work. The phrase is about that year; the clause goes on about the plan's.
 */
const FRAME = new RegExp(`(?:继|在)\\s*(?:过去|${A_YEAR_BEFORE}|((?:19|20)\\d{2})\\s*年)[^，,；;：:]*?(?:之后|以后|后|的?基础上)`, "g");

/**
 * A look back that is a clause of its own ("过去三年，", "截至去年底，"): it is the time of the
 * clause after it.
 */
const LOOK_BACK_ALONE = /^[^，,；;。\d]{0,10}(?:年|来|底|末|间)$/;

/**
 * How many years after the plan year a goal may be due and still be the report's to track: as the
 * import allows (lib/imports/candidate-problems.ts, MAX_YEARS_AFTER_REPORT; a spec keeps them
 * equal). Further on ("到2035年" in a 2023 report) is a long-range vision, another plan's to
 * break down, and stays left out as a later year's plan does.
 */
export const GOAL_HORIZON_YEARS = 10;

/** A goal due by `year`: the plan's when within the horizon, else another plan's. */
const goalBy = (year: number, years: number[]) => (year - Math.max(...years) <= GOAL_HORIZON_YEARS ? "plan" : "elsewhere");

/**
 * Which year a clause opening with a time is about: "plan" for the plan year (今年, the year the
 * text plans for, a later year such as "2026年，…" as 明年, a goal by it, "到2026年", a deadline
 * in it, "2025年底前", or a range of years ending in one, "2023年至2025年", which still commit to
 * it), "back" for one before it ("去年", "过去三年", "2023年"), "elsewhere" for one further ahead
 * than the horizon ("2035年，…", "到2035年") or a later year's own ("2026年的…"), null when it
 * names none.
 */
function openingYear(text: string, years: number[]): "plan" | "back" | "elsewhere" | null {
  const t = text.replace(PLACE, "").trimStart();
  if (THINGS_OF_YEAR_BEFORE.test(t)) return null;
  if (LOOKING_BACK.test(t)) return "back";
  const until = UNTIL.exec(t);
  if (until) return untilYear(t.slice(until[0].length), years);
  if (PLAN_YEAR_WORD.test(t)) return "plan";
  // "2026年，…", "力争到2026年，…", "到2026年的目标是…", "2026年底前…", "到“十四五”末",
  // "2023年至2025年，…": promised now, due by that year's end, tracked from the plan year on — when
  // deadline.ts reads a deadline there, one rule for both. A range of years is due at its end: one
  // running through the plan year is the plan's, one that ended before it looks back.
  const time = findTimePhrases(t)[0];
  const due = time && time.year !== null && ONLY_LEADS_TO_TIME.test(t.slice(0, time.start)) ? time.year : null;
  if (due !== null) return due < Math.min(...years) ? "back" : goalBy(due, years);
  // A year whose words deadline.ts reads as no time ("2026年的…", "2026年以后").
  const lead = YEAR_LEAD.exec(t);
  if (lead === null) return null;
  const year = Number(lead[1]);
  if (years.includes(year)) return "plan";
  return year < Math.min(...years) ? "back" : "elsewhere";
}

/** The year of "截至…": of the date after it ("截至年底", "截至2024年6月底"), or one before. */
function untilYear(rest: string, years: number[]): "plan" | "back" | "elsewhere" {
  const date = findTimePhrases(rest)[0];
  if (date?.start !== 0) return "back";
  const year = date.year ?? (date.yearOffset === 0 ? years[0] : Math.max(...years) + date.yearOffset);
  if (years.includes(year)) return "plan";
  return year < Math.min(...years) ? "back" : "elsewhere";
}

function piece(text: string, start: number, end: number, elsewhere: boolean): YearPiece | null {
  const raw = text.slice(start, end);
  const body = raw.trim();
  if (body === "") return null;
  const lead = raw.length - raw.trimStart().length;
  return { text: body, start: start + lead, end: start + lead + body.length, elsewhere };
}

/** A clause split where a frame about a year before ends (FRAME). */
function withoutFrames(clause: Piece, years: number[]): { text: string; start: number; frame: boolean }[] {
  const out: { text: string; start: number; frame: boolean }[] = [];
  const firstPlanYear = Math.min(...years);
  let from = 0;
  FRAME.lastIndex = 0;
  for (let m = FRAME.exec(clause.text); m; m = FRAME.exec(clause.text)) {
    // "在2025年底前建成…后" is no year before.
    if (m[1] !== undefined && Number(m[1]) >= firstPlanYear) continue;
    if (m.index > from) out.push({ text: clause.text.slice(from, m.index), start: from, frame: false });
    out.push({ text: m[0], start: m.index, frame: true });
    from = m.index + m[0].length;
  }
  if (from < clause.text.length) out.push({ text: clause.text.slice(from), start: from, frame: false });
  return out;
}

/**
 * The clauses of one sentence, split where the year they speak of changes, each marked whether
 * it is about another year. A clause opening with a year (去年, 2023年, 今年, 2024年) sets it for
 * the clauses after it that name none; one that names the plan year inside it speaks of the plan
 * year from there ("去年…30个今年…40个"). Another year named inside a clause is no time of it
 * ("巩固去年成果", "完成去年结转的…", "比上年增长2%"), except in a frame (FRAME), which leaves
 * the year of the clauses after it as it was. In a sentence that began in the plan year, a look
 * back ("新建学校40所，过去三年累计建成学校100所，新增学位2万个") is an aside: it marks only its own
 * clause (and the one after it when it is a time alone, "过去三年，").
 */
export function yearPieces(clauses: Piece[], years: number[]): YearPiece[] {
  const out: YearPiece[] = [];
  let elsewhere = false;
  // Whether the sentence began in the plan year (its first clause names none, or the plan year).
  let beganInPlanYear: boolean | null = null;
  // The clauses a look back still marks in such a sentence: it ends with them.
  let asideFor = 0;
  const push = (p: YearPiece | null) => p && out.push(p);
  for (const clause of clauses) {
    if (asideFor > 0 && --asideFor === 0 && openingYear(clause.text, years) === null) elsewhere = false;
    for (const part of withoutFrames(clause, years)) {
      const base = clause.start + part.start;
      if (part.frame) {
        push(shifted(piece(part.text, 0, part.text.length, true), base));
        continue;
      }
      const opening = openingYear(part.text, years);
      beganInPlanYear ??= opening === null || opening === "plan";
      if (opening !== null) elsewhere = opening !== "plan";
      if (opening === "back" && beganInPlanYear) asideFor = LOOK_BACK_ALONE.test(part.text) ? 2 : 1;
      else if (opening !== null) asideFor = 0;
      let from = 0;
      if (elsewhere) {
        YEAR_WORD.lastIndex = 1;
        for (let m = YEAR_WORD.exec(part.text); m; m = YEAR_WORD.exec(part.text)) {
          if (openingYear(part.text.slice(m.index), years) !== "plan") continue;
          push(shifted(piece(part.text, from, m.index, true), base));
          from = m.index;
          elsewhere = false;
          break;
        }
      }
      push(shifted(piece(part.text, from, part.text.length, elsewhere), base));
    }
  }
  return out;
}

function shifted(p: YearPiece | null, by: number): YearPiece | null {
  return p && { ...p, start: p.start + by, end: p.end + by };
}
