import { daysBetween, toIsoDay, type DayInput } from "./iso-day";

/**
 * The points of a commitment's progress chart: every approved figure, plus the expected pace
 * (0% at the start of the report year, 100% at the deadline) at the same days and at both ends.
 * Of two figures of one day, the later in `approved` (submitted later: the correction) is drawn.
 * `running`: a growth rate or a ceiling is a level to hold, not work spread over the year — once
 * it has a figure the status rule expects it at 100%, and so does the chart, throughout; before
 * its first figure both follow the pace over the year.
 */
export function chartPoints(
  approved: { asOf: DayInput; percent: number | null }[],
  start: DayInput,
  deadline: DayInput,
  { running = false }: { running?: boolean } = {},
): { day: string; actual: number | null; expected: number | null }[] {
  const total = Math.max(1, daysBetween(start, deadline));
  const held = running && approved.length > 0;
  const expectedAt = (day: DayInput) => (held ? 100 : Math.max(0, Math.min(100, (100 * daysBetween(start, day)) / total)));
  const byDay = new Map<string, { actual: number | null; expected: number | null }>();
  for (const day of [start, deadline]) byDay.set(toIsoDay(day), { actual: null, expected: expectedAt(day) });
  for (const u of approved) {
    const day = toIsoDay(u.asOf);
    byDay.set(day, { actual: u.percent, expected: expectedAt(u.asOf) });
  }
  return [...byDay].sort(([a], [b]) => a.localeCompare(b)).map(([day, v]) => ({ day, ...v }));
}

/**
 * The approved readings among a commitment's updates (which the page has loaded anyway), oldest
 * first: the chart needs no query of its own.
 */
export function approvedInDateOrder<U extends { state: string; asOf: string; id: number }>(updates: readonly U[]): U[] {
  return updates.filter((u) => u.state === "APPROVED").sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id - b.id);
}
