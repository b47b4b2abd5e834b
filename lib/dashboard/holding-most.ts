export interface ReportChoice {
  id: number;
  title: string;
  year: number;
  issuer: string;
}

/**
 * Of reports listed newest first, the one holding most of the reader's commitments (`held`: report
 * id → count); the newest of those on a tie, the newest when none holds any.
 */
export function holdingMost<R extends Pick<ReportChoice, "id">>(reports: readonly R[], held: ReadonlyMap<number, number>): R | null {
  let best: R | null = null;
  for (const report of reports) if (best === null || (held.get(report.id) ?? 0) > (held.get(best.id) ?? 0)) best = report;
  return best;
}
