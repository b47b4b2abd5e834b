import type { CommitmentKind, Comparator } from "@/lib/generated/prisma/enums";
import { percentComplete } from "@/lib/progress/percent-complete";

type DecimalLike = { toString(): string } | number | null;

interface TargetRow {
  kind: CommitmentKind;
  comparator: Comparator | null;
  targetValue: DecimalLike;
  targetMin: DecimalLike;
  targetMax: DecimalLike;
  baseline: DecimalLike;
  unit: string | null;
}

export const toNumber = (d: DecimalLike): number | null => (d === null ? null : Number(d.toString()));

/** Percent complete of a reading against a commitment row's (current) target, or null. */
export function computePercent(target: TargetRow, actual: { actualValue: DecimalLike; done: boolean | null }): number | null {
  const result = percentComplete(
    {
      kind: target.kind,
      comparator: target.comparator,
      targetValue: toNumber(target.targetValue),
      targetMin: toNumber(target.targetMin),
      targetMax: toNumber(target.targetMax),
      baseline: toNumber(target.baseline),
      unit: target.unit,
    },
    { actualValue: toNumber(actual.actualValue), done: actual.done },
  );
  return result?.percent ?? null;
}
