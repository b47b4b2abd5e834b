import type { ReviewRow } from "./review-types";

// The review's edits as pure functions over the row list, so the component stays a view.

export function updateRow(rows: ReviewRow[], key: string, patch: Partial<ReviewRow>): ReviewRow[] {
  return rows.map((r) => (r.key === key ? { ...r, ...patch } : r));
}

/** Two commitments where the extractor saw one: a copy right after it, to edit apart. */
export function splitRow(rows: ReviewRow[], key: string, newKey: string): ReviewRow[] {
  const i = rows.findIndex((r) => r.key === key);
  if (i < 0) return rows;
  return [...rows.slice(0, i + 1), { ...rows[i], key: newKey }, ...rows.slice(i + 1)];
}

/** One commitment where the extractor saw two: the first keeps its fields, the quote spans both. */
export function mergeWithNext(rows: ReviewRow[], key: string): ReviewRow[] {
  const i = rows.findIndex((r) => r.key === key);
  const next = rows.slice(i + 1).find((r) => !r.rejected);
  if (i < 0 || !next) return rows;
  const merged = { ...rows[i], start: Math.min(rows[i].start, next.start), end: Math.max(rows[i].end, next.end) };
  return rows.filter((r) => r.key !== next.key).map((r) => (r.key === key ? merged : r));
}

export function acceptedRows(rows: ReviewRow[]) {
  return rows
    .filter((r) => !r.rejected)
    .map((r) => {
      const candidate: Partial<ReviewRow> = { ...r };
      delete candidate.rejected;
      return candidate as Omit<ReviewRow, "rejected">;
    });
}
