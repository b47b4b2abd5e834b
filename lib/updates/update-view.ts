import type { Prisma } from "@/lib/generated/prisma/client";
import { toIsoDay } from "@/lib/progress/iso-day";
import type { UpdateView } from "./types";
import { formatNumber } from "@/lib/commitments/format-target";

export const updateViewSelect = {
  id: true,
  commitmentId: true,
  state: true,
  asOf: true,
  actualValue: true,
  done: true,
  percent: true,
  narrative: true,
  createdAt: true,
  reviewNote: true,
  reviewedAt: true,
  revokedAt: true,
  resubmitsId: true,
  author: { select: { displayName: true, disabled: true } },
  reviewer: { select: { displayName: true, disabled: true } },
  resubmittedBy: { select: { id: true } },
  evidence: { select: { id: true, fileName: true, size: true }, orderBy: { id: "asc" } },
} as const satisfies Prisma.ProgressUpdateSelect;

type UpdateRow = Prisma.ProgressUpdateGetPayload<{ select: typeof updateViewSelect }>;

/** Decimals and Dates become strings and numbers, so the row can cross into client components. */
export function toUpdateView(row: UpdateRow): UpdateView {
  return {
    id: row.id,
    commitmentId: row.commitmentId,
    state: row.state,
    asOf: toIsoDay(row.asOf),
    actualValue: row.actualValue === null ? null : formatNumber(row.actualValue),
    done: row.done,
    percent: row.percent === null ? null : Number(row.percent),
    narrative: row.narrative,
    authorName: row.author.displayName,
    authorDisabled: row.author.disabled,
    createdAt: row.createdAt.toISOString(),
    reviewerName: row.reviewer?.displayName ?? null,
    reviewerDisabled: row.reviewer?.disabled ?? false,
    reviewNote: row.reviewNote,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    revoked: row.revokedAt !== null,
    resubmitsId: row.resubmitsId,
    resubmittedById: row.resubmittedBy?.id ?? null,
    evidence: row.evidence,
  };
}
