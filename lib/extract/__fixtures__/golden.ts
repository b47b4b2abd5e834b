// Hand-checked expectations ("goldens") and the scoring used by golden.test.ts.
// An expectation names a distinctive substring of the quote; the emitted commitment must
// contain it, sit in the expected section, and carry the expected value (or range).

import type { Comparator, CommitmentKind, ExtractedCommitment } from "../types";

export interface Expected {
  section: string;
  quote: string;
  kind: CommitmentKind;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  comparator: Comparator | null;
  /** "MM-DD"; the year is the report's. */
  deadline: string;
  /** Substring of the emitted indicator, when one quote holds several targets. */
  indicator?: string;
}

interface Extra {
  deadline?: string;
  indicator?: string;
}

/** A numeric target, due at the end of the year unless `extra.deadline` says otherwise. */
export function n(section: string, quote: string, value: number, unit: string, comparator: Comparator, extra: Extra = {}): Expected {
  return { section, quote, kind: "numeric", value, min: null, max: null, unit, comparator, deadline: extra.deadline ?? "12-31", indicator: extra.indicator };
}

/** A range target ("5 - 8 个"). */
export function r(section: string, quote: string, min: number, max: number, unit: string, extra: Extra = {}): Expected {
  return { section, quote, kind: "numeric", value: null, min, max, unit, comparator: "range", deadline: extra.deadline ?? "12-31", indicator: extra.indicator };
}

/** A dated milestone. */
export function m(section: string, quote: string, deadline: string): Expected {
  return { section, quote, kind: "milestone", value: null, min: null, max: null, unit: null, comparator: null, deadline };
}

export interface Score {
  expected: number;
  emitted: number;
  matched: number;
  recall: number;
  precision: number;
  unitAccuracy: number;
  comparatorAccuracy: number;
  deadlineAccuracy: number;
  milestoneRecall: number;
  missed: Expected[];
  unexpected: ExtractedCommitment[];
  wrongFields: { expected: Expected; got: ExtractedCommitment }[];
}

function sameQuantity(e: Expected, c: ExtractedCommitment): boolean {
  return e.kind === c.kind && e.value === c.value && e.min === c.min && e.max === c.max;
}

export function score(expected: Expected[], emitted: ExtractedCommitment[], year: number): Score {
  const used = new Set<number>();
  const pairs: { expected: Expected; got: ExtractedCommitment }[] = [];
  const missed: Expected[] = [];
  for (const e of expected) {
    const index = emitted.findIndex(
      (c, i) =>
        !used.has(i) &&
        c.section === e.section &&
        c.quote.includes(e.quote) &&
        sameQuantity(e, c) &&
        (e.indicator === undefined || c.indicator.includes(e.indicator)),
    );
    if (index < 0) {
      missed.push(e);
      continue;
    }
    used.add(index);
    pairs.push({ expected: e, got: emitted[index] });
  }
  const ratio = (ok: number, all: number) => (all === 0 ? 1 : ok / all);
  const numericPairs = pairs.filter((p) => p.expected.kind === "numeric");
  const unitOk = numericPairs.filter((p) => p.got.unit === p.expected.unit).length;
  const comparatorOk = numericPairs.filter((p) => p.got.comparator === p.expected.comparator).length;
  const deadlineOk = pairs.filter((p) => p.got.deadline === `${year}-${p.expected.deadline}`).length;
  const milestones = expected.filter((e) => e.kind === "milestone").length;
  const milestonesFound = pairs.filter((p) => p.expected.kind === "milestone").length;
  return {
    expected: expected.length,
    emitted: emitted.length,
    matched: pairs.length,
    recall: ratio(pairs.length, expected.length),
    precision: ratio(pairs.length, emitted.length),
    unitAccuracy: ratio(unitOk, numericPairs.length),
    comparatorAccuracy: ratio(comparatorOk, numericPairs.length),
    deadlineAccuracy: ratio(deadlineOk, pairs.length),
    milestoneRecall: ratio(milestonesFound, milestones),
    missed,
    unexpected: emitted.filter((_, i) => !used.has(i)),
    wrongFields: pairs.filter(
      (p) =>
        p.got.unit !== p.expected.unit ||
        p.got.comparator !== p.expected.comparator ||
        p.got.deadline !== `${year}-${p.expected.deadline}`,
    ),
  };
}
