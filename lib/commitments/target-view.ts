import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import type { TargetFields } from "./format-target";

/** What writing a commitment's target needs (formatTargetOrMilestone), as a select. */
export const TARGET_VIEW_SELECT = { kind: true, comparator: true, targetValue: true, targetMin: true, targetMax: true, unit: true, quote: true } as const satisfies Prisma.CommitmentSelect;

/** The target with its decimals as strings, so that it can cross into client components. */
export type TargetView = TargetFields & { kind: CommitmentKind; targetValue: string | null; targetMin: string | null; targetMax: string | null };

export function toTargetView(row: Prisma.CommitmentGetPayload<{ select: typeof TARGET_VIEW_SELECT }>): TargetView {
  return {
    kind: row.kind,
    comparator: row.comparator,
    targetValue: row.targetValue?.toString() ?? null,
    targetMin: row.targetMin?.toString() ?? null,
    targetMax: row.targetMax?.toString() ?? null,
    unit: row.unit,
    quote: row.quote,
  };
}
