import type { CommitmentKind, Comparator } from "@/lib/extract";

export type FigureField = "value" | "min" | "max";

// Not TImportCandidate's fields: its schema applies onlyTargetFigures, so its type cannot be read here.
type TargetShape = { kind: CommitmentKind; comparator: Comparator | null };

/**
 * The figures a candidate's target has, as the review's editor shows them: a range its low and
 * high, any other comparator its one value, a milestone none.
 */
export function targetFigureFields(c: TargetShape): FigureField[] {
  if (c.kind === "milestone") return [];
  return c.comparator === "range" ? ["min", "max"] : ["value"];
}

/**
 * A candidate with only the figures its target has. A row switched to a range keeps the single
 * value it had (hidden, given back if switched again): stored, a range would carry a value nobody
 * saw as its target. A milestone has no comparator or unit either (the editor clears them).
 */
export function onlyTargetFigures<T extends TargetShape & Record<FigureField, number | null> & { unit: string | null }>(c: T): T {
  const kept = new Set(targetFigureFields(c));
  const figure = (field: FigureField) => (kept.has(field) ? c[field] : null);
  const milestone = c.kind === "milestone" ? { comparator: null, unit: null } : {};
  return { ...c, value: figure("value"), min: figure("min"), max: figure("max"), ...milestone };
}
