// A work report states its headline targets twice: among the year's main targets (二) and again
// in the work plan (三(九) 城镇新增就业9万人 after 二's 城镇新增就业9万人以上). Tracked twice, one
// promise would be reported, reviewed and counted twice, with two comparators.

import type { Comparator, ExtractedCommitment } from "./types";

/** The same promise: what is counted, how much, in what, by when. */
const sameTarget = (c: ExtractedCommitment) => [c.indicator, c.value, c.min, c.max, c.unit, c.deadline].join("|");

/** The comparator that says more: "以上" (>=) over a bare figure (=). */
const stricter = (a: Comparator | null, b: Comparator | null) => (a === "=" || a === null ? (b ?? a) : a);

/**
 * One commitment per numeric target stated again in another part of the report: the first
 * statement, given the restatement's comparator when the first had none beyond "=", and its
 * department when the first had none (the work plan's section names who does the work). Within
 * one part, and for milestones ("年底前全部建成投用" of two different things), the same words are
 * different promises. `partOf`: a section's part ("三(九)" → "三").
 */
export function mergeRestatedTargets(commitments: ExtractedCommitment[], partOf: (section: string) => string): ExtractedCommitment[] {
  const first = new Map<string, ExtractedCommitment>();
  const kept: ExtractedCommitment[] = [];
  for (const c of commitments) {
    const earlier = c.kind === "numeric" ? first.get(sameTarget(c)) : undefined;
    if (!earlier || partOf(earlier.section) === partOf(c.section)) {
      const copy = { ...c };
      if (c.kind === "numeric" && !earlier) first.set(sameTarget(c), copy);
      kept.push(copy);
      continue;
    }
    earlier.comparator = stricter(earlier.comparator, c.comparator);
    earlier.leadDepartment ??= c.leadDepartment;
  }
  return kept;
}
