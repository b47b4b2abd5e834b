import { computePercent, toNumber } from "./compute-percent";

type Decimalish = Parameters<typeof toNumber>[0];
type Target = Parameters<typeof computePercent>[0] & { originalTargetValue: Decimalish; originalTargetMin: Decimalish; originalTargetMax: Decimalish };

/**
 * The approved readings whose stored percent no longer matches the commitment's target (an
 * approved target change since), each with its percent against the target now. An approved
 * update keeps the percent it was approved with — the record of that day, read by past days'
 * views — but the commitment's summary is measured against the target in force, and so is its
 * chart: a curve mixing both targets would fall or jump at the change for no progress at all.
 * None while the target is the report's own: a stored percent that differs then (rows from an
 * older rule, written by hand) is not a target change, and not said to be one.
 */
export function remeasuredPercents(
  target: Target,
  updates: readonly { id: number; state: string; actualValue: string | null; done: boolean | null; percent: number | null }[],
): Map<number, number | null> {
  const changed = new Map<number, number | null>();
  const adjusted =
    toNumber(target.targetValue) !== toNumber(target.originalTargetValue) ||
    toNumber(target.targetMin) !== toNumber(target.originalTargetMin) ||
    toNumber(target.targetMax) !== toNumber(target.originalTargetMax);
  if (!adjusted) return changed;
  for (const u of updates) {
    if (u.state !== "APPROVED") continue;
    const now = computePercent(target, u);
    if (now !== u.percent) changed.set(u.id, now);
  }
  return changed;
}

/** A reading's percent against the target in force: remeasured when the target changed, else its own. */
export function percentNow(u: { id: number; percent: number | null }, remeasured: ReadonlyMap<number, number | null>): number | null {
  return remeasured.has(u.id) ? remeasured.get(u.id)! : u.percent;
}
