import { targetNumber, type TargetFields } from "@/lib/commitments/format-target";
import { isRunningTarget } from "./status-light";
import { isRateUnit } from "./status-thresholds";

/**
 * A quantity to reach or build up (新增高标准农田11万亩, 新建学校3所, a range of counts): a numeric
 * target that is neither a rate (%, 个百分点 …) nor a running target (growth, a ceiling, a range of
 * rates), which rise and fall from one reading to the next. Only such a target has a scale a
 * figure can be checked against: a reading or a proposed target ten times it, a total falling.
 */
export function isQuantityTarget(c: Pick<TargetFields, "comparator" | "unit" | "targetMin"> & { kind: "NUMERIC" | "MILESTONE" }): boolean {
  if (c.kind !== "NUMERIC" || isRateUnit(c.unit)) return false;
  return !isRunningTarget({ kind: c.kind, comparator: c.comparator, unit: c.unit, targetMin: targetNumber(c.targetMin) });
}
