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

/**
 * The report a page opens on when none is asked for (reports newest first, `held` as above): of
 * the newest year among the reports holding any of the reader's commitments, the one holding most.
 * A newer report with nothing of the reader's is passed over (QA: once another city's 2025 report
 * was imported, an official of Luoyang opened the dashboard and the progress report on it, “0
 * commitments”, their 17 one choice away); with nothing of the reader's anywhere, the newest.
 */
export function defaultReport<R extends Pick<ReportChoice, "id" | "year">>(reports: readonly R[], held: ReadonlyMap<number, number>): R | null {
  const holding = reports.filter((r) => (held.get(r.id) ?? 0) > 0);
  const pool = holding.length > 0 ? holding : reports;
  return holdingMost(
    pool.filter((r) => r.year === pool[0]?.year),
    held,
  );
}
