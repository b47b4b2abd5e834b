// Walks the in-scope parts sentence by sentence and turns targets and dated milestones
// into commitments with offsets into the normalised text.

import { clausesOf, sentencesOf, type Piece } from "./clauses";
import { deadlineDate, findTimePhrases, type TimePhrase } from "./deadline";
import { withoutLeadingVerb } from "./indicator";
import { findMilestones } from "./milestones";
import type { ClauseBefore, Whole } from "./borrowed-subjects";
import { asWhole, numericDrafts, type PreviousTarget } from "./numeric";
import { yearPieces } from "./other-years";
import { quotedMask } from "./text-utils";
import { isComparisonClause } from "./year-before";
import { isDeadline, STRETCH } from "./year-deadlines";
import type { CommitmentKind, Comparator, Span } from "./types";

export interface RawCommitment {
  kind: CommitmentKind;
  start: number;
  end: number;
  indicator: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  comparator: Comparator | null;
  deadline: string;
  deadlineStated: boolean;
  deadlineOccasion: string | null;
}

/**
 * "到年底，", "努力到年底，", "截至6月底，", "从2024年到2026年，": the 到, 截至, 从 and a stretch lead to
 * the time, and say nothing else.
 */
const LEADS_ONLY = new RegExp(`${STRETCH}|截[至止]|[\\s在要于到至从]`, "g");

/** A clause that only says when ("上半年"): its deadline carries over to the clauses after it. */
function timeOnly(clause: Piece, phrases: TimePhrase[]): TimePhrase | null {
  if (phrases.length !== 1) return null;
  const rest = clause.text.slice(0, phrases[0].start) + clause.text.slice(phrases[0].end);
  return rest.replace(LEADS_ONLY, "") === "" ? phrases[0] : null;
}

/** The clause before with its offsets relative to the clause at `offset`, as numericDrafts reads them. */
function relativeTo(before: ClauseBefore, offset: number): ClauseBefore {
  const counted = before.counted && { ...before.counted, start: before.counted.start - offset };
  const wholes = before.wholes.map((w) => ({ ...w, start: w.start - offset, end: w.end - offset }));
  return { ...before, start: before.start - offset, counted, wholes };
}

export function extractCommitments(
  text: string,
  paragraphs: Span[],
  ranges: Span[],
  year: number,
  textYears: number[] = [year],
): RawCommitment[] {
  const out: RawCommitment[] = [];
  for (const range of ranges) {
    for (const p of paragraphs) {
      const start = Math.max(p.start, range.start);
      const end = Math.min(p.end, range.end);
      if (start >= end) continue;
      const paragraph = text.slice(p.start, p.end);
      const mask = quotedMask(paragraph);
      for (const sentence of sentencesOf(text.slice(start, end), start)) {
        collectFromSentence(sentence, (abs) => mask[abs - p.start] === 1, year, textYears, out);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function collectFromSentence(
  sentence: Piece,
  quotedAt: (abs: number) => boolean,
  year: number,
  textYears: number[],
  out: RawCommitment[],
) {
  let carriedTime: { phrase: TimePhrase; clauseStart: number } | null = null;
  let followsTimeClause = false;
  // "增长7%，力争8%": a stretch figure in the next clause belongs to this sentence's last target.
  let previousTarget: PreviousTarget | null = null;
  // The clause before, in absolute offsets, for a figure whose name has no subject (numeric.ts).
  let before: ClauseBefore | null = null;
  // After "与去年相比，" the clauses of the sentence compare with the year before (year-before.ts).
  let compared = false;
  // The sentence's targets so far, in absolute offsets: the wholes a part (…，其中…) may be of.
  const first = out.length;
  // The differences from the year before found, with what each is of (year-before.ts).
  const differences = new Map<RawCommitment, string>();
  // "去年建成公园30个，今年建成公园40个": a clause about another year promises nothing for this
  // one (other-years.ts), and the next clause borrows neither its subject nor its figure.
  for (const clause of yearPieces(clausesOf(sentence), textYears)) {
    if (clause.elsewhere) {
      carriedTime = null;
      followsTimeClause = false;
      previousTarget = null;
      before = null;
      compared = false;
      continue;
    }
    const rightAfterTime = followsTimeClause;
    followsTimeClause = false;
    const quoted = (pos: number) => quotedAt(clause.start + pos);
    // "2024年，…" in a 2024 report writes no deadline, as 今年 does not.
    const phrases = findTimePhrases(clause.text).filter((p) => isDeadline(p, textYears));
    const onlyTime = timeOnly(clause, phrases);
    if (onlyTime) {
      carriedTime = { phrase: onlyTime, clauseStart: clause.start };
      followsTimeClause = true;
      before = null;
      continue;
    }
    const ownTime = phrases[0] ?? null;
    const time = ownTime ?? carriedTime?.phrase ?? null;
    const deadline = deadlineDate(year, time, textYears);
    // "牡丹文化节前": a time, but not a day; the year's end, not stated, the occasion named for the
    // import review to ask its day (occasions.ts).
    const deadlineStated = time !== null && !time.occasion;
    const deadlineOccasion = time?.occasion ?? null;

    const here = before && relativeTo(before, clause.start);
    const drafts = numericDrafts(clause.text, quoted, previousTarget, here, compared);
    compared ||= isComparisonClause(clause.text);
    const last = drafts.at(-1);
    if (last) previousTarget = { indicator: last.differenceOf ?? last.indicator, unit: last.quantity.unit };
    const wholes: Whole[] = [...(before?.wholes ?? []), ...drafts.map((d) => ({ ...asWhole(d), start: clause.start + d.start, end: clause.start + d.end }))];
    before = {
      text: clause.text,
      start: clause.start,
      counted: last?.counted ? { noun: last.counted, start: clause.start + last.start } : null,
      hadTargets: drafts.length > 0,
      wholes,
    };
    for (const d of drafts) {
      const q = d.quantity;
      const raw: RawCommitment = {
        kind: "numeric",
        start: clause.start + d.start,
        end: clause.start + d.end,
        indicator: d.indicator,
        value: q.min !== null ? null : q.value,
        min: q.min,
        max: q.max,
        unit: q.unit,
        comparator: d.comparator,
        deadline,
        deadlineStated,
        deadlineOccasion,
      };
      out.push(raw);
      if (d.differenceOf) differences.set(raw, d.differenceOf);
    }
    // A milestone tied to an occasion ("确保天街洛南段牡丹文化节前完工") is kept too: a dated
    // commitment of the year, whose day the admin sets at import review.
    if (drafts.length > 0 || time === null) continue;

    // "推进西环高速建设，年底前建成通车": what the clause before builds is the subject of a bare action.
    const builds = here && !here.hadTargets ? here : null;
    const milestones = findMilestones(clause.text, ownTime, builds);
    milestones.forEach((m, i) => {
      // The first milestone after "上半年，" quotes the time clause too, so the quote
      // shows the deadline it was given.
      const quoteStart =
        i === 0 && !ownTime && rightAfterTime && carriedTime ? carriedTime.clauseStart : clause.start + m.start;
      out.push({
        kind: "milestone",
        start: quoteStart,
        end: clause.start + m.end,
        indicator: m.indicator,
        value: null,
        min: null,
        max: null,
        unit: null,
        comparator: null,
        deadline,
        deadlineStated,
        deadlineOccasion,
      });
    });
  }
  withoutRestatedDifferences(out, first, differences);
}

const sameSubject = (a: string, b: string) => a === b || withoutLeadingVerb(a) === withoutLeadingVerb(b);

/**
 * "粮食产量达到1300亿斤，粮食产量比上年增加10亿斤", "粮食产量比上年增加10亿斤、达到1300亿斤": a
 * difference from the year before whose subject has a target of its own in the sentence (a level,
 * a growth) says that target again, as the year before's gap to it, and is dropped from `out`
 * (its entries from `first` on are the sentence's).
 */
function withoutRestatedDifferences(out: RawCommitment[], first: number, differences: Map<RawCommitment, string>) {
  if (differences.size === 0) return;
  const own = out.slice(first).filter((c) => c.kind === "numeric" && !differences.has(c));
  const kept = out.slice(first).filter((c) => {
    const of = differences.get(c);
    return of === undefined || !own.some((o) => sameSubject(o.indicator, of));
  });
  out.splice(first, out.length - first, ...kept);
}
