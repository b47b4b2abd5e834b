import { isLaterReading } from "./later-reading";

/**
 * Which of a commitment's returned readings still to answer a new reading of `asOf` answers, when
 * it is sent without naming one (a row of the progress sheet): the one of its day — the official
 * corrected that reading — else the latest (isLaterReading), the one the commitment's page and my
 * work put first. Null when none waits for an answer. The reading then goes as that return's
 * resubmission, as the page's 修改后重新报送 sends it.
 */
export function answeredReturn<T extends { id: number; asOf: string }>(returns: readonly T[], asOf: string): T | null {
  const sameDay = returns.filter((r) => r.asOf === asOf);
  return (sameDay.length ? sameDay : returns).reduce<T | null>((latest, r) => (latest === null || isLaterReading(r, latest) ? r : latest), null);
}
