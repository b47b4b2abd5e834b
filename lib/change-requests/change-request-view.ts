import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDay } from "@/lib/progress/iso-day";
import { formatNumber } from "@/lib/commitments/format-target";
import type { ChangeRequestView } from "./types";
import { adjustmentScale } from "./adjustment-scale";

export const changeRequestViewSelect = {
  id: true,
  commitmentId: true,
  kind: true,
  state: true,
  proposedDeadline: true,
  proposedValue: true,
  proposedMin: true,
  proposedMax: true,
  reason: true,
  createdAt: true,
  reviewNote: true,
  reviewedAt: true,
  requester: { select: { displayName: true, disabled: true } },
  reviewer: { select: { displayName: true, disabled: true } },
  commitment: {
    select: {
      indicator: true, kind: true, comparator: true, targetValue: true, targetMin: true, targetMax: true, unit: true, quote: true, deadline: true,
      leadDepartment: { select: { name: true } },
    },
  },
} as const satisfies Prisma.ChangeRequestSelect;

type Row = Prisma.ChangeRequestGetPayload<{ select: typeof changeRequestViewSelect }>;
const decimal = (d: { toString(): string } | null) => (d === null ? null : formatNumber(d));
// Decimals as text (adjustmentScale reads them as numbers).
const raw = (d: { toString(): string } | null) => (d === null ? null : d.toString());

export function toChangeRequestView(row: Row): ChangeRequestView {
  return {
    id: row.id,
    commitmentId: row.commitmentId,
    kind: row.kind,
    state: row.state,
    proposedDeadline: row.proposedDeadline ? toIsoDay(row.proposedDeadline) : null,
    proposedValue: decimal(row.proposedValue),
    proposedMin: decimal(row.proposedMin),
    proposedMax: decimal(row.proposedMax),
    reason: row.reason,
    requesterName: row.requester.displayName,
    requesterDisabled: row.requester.disabled,
    createdAt: row.createdAt.toISOString(),
    reviewerName: row.reviewer?.displayName ?? null,
    reviewerDisabled: row.reviewer?.disabled ?? false,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    scale:
      row.kind === "ADJUST_TARGET"
        ? adjustmentScale(
            {
              kind: row.commitment.kind,
              comparator: row.commitment.comparator,
              unit: row.commitment.unit,
              targetValue: raw(row.commitment.targetValue),
              targetMin: raw(row.commitment.targetMin),
              targetMax: raw(row.commitment.targetMax),
            },
            { proposedValue: raw(row.proposedValue), proposedMin: raw(row.proposedMin), proposedMax: raw(row.proposedMax) },
          )
        : null,
    commitment: {
      indicator: row.commitment.indicator,
      comparator: row.commitment.comparator,
      targetValue: decimal(row.commitment.targetValue),
      targetMin: decimal(row.commitment.targetMin),
      targetMax: decimal(row.commitment.targetMax),
      unit: row.commitment.unit,
      quote: row.commitment.quote,
      deadline: toIsoDay(row.commitment.deadline),
      leadDepartment: row.commitment.leadDepartment?.name ?? null,
    },
  };
}
