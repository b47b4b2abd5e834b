import "server-only";
import type { Tx } from "@/lib/db";
import type { Commitment } from "@/lib/generated/prisma/client";
import { decimalParam } from "@/lib/database/decimal-param";
import { isLaterReading } from "@/lib/updates/later-reading";

export const latestFiguresSelect = {
  latestActual: true,
  latestPercent: true,
  latestAsOf: true,
  latestUpdateId: true,
  version: true,
} as const;

/** The commitment's figures as they stand, the ones an approval may replace. */
export type LatestFigures = Pick<Commitment, keyof typeof latestFiguresSelect>;
const FIGURES = Object.keys(latestFiguresSelect) as (keyof LatestFigures)[];

/**
 * Copies an approved update's figures onto its commitment, unless the commitment already shows
 * a later reading (`isLaterReading`): approving an older update late must not overwrite a newer
 * one, and of two readings of one day the one submitted later stands (an official who typed 3000
 * and sent 300 after it is not overruled by the order of approvals).
 *
 * `current` is the commitment as read after its row lock was taken in this transaction (what
 * approveUpdate does before computing the percent): two approvals on one commitment compare
 * against each other's result, and no second lock or read is needed here.
 */
export async function applyApprovedFigures(
  tx: Tx,
  update: { id: number; commitmentId: number; asOf: Date; actualValue: { toString(): string } | null; percent: number | null },
  current: LatestFigures,
) {
  // Only the figures (`current` may be the whole row), in the order `after` has them.
  const before = Object.fromEntries(FIGURES.map((key) => [key, current[key]])) as LatestFigures;
  if (before.latestAsOf && isLaterReading({ asOf: before.latestAsOf, id: before.latestUpdateId ?? 0 }, update)) return null;
  const after = await tx.commitment.update({
    where: { id: update.commitmentId },
    data: {
      latestActual: decimalParam(update.actualValue),
      latestPercent: decimalParam(update.percent),
      latestAsOf: update.asOf,
      latestUpdateId: update.id,
      version: { increment: 1 },
    },
    select: latestFiguresSelect,
  });
  return { before, after };
}
