import "server-only";
import type { Tx } from "@/lib/db";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { decimalParam } from "@/lib/database/decimal-param";

const latestFiguresSelect = {
  latestActual: true,
  latestPercent: true,
  latestAsOf: true,
  latestUpdateId: true,
  version: true,
} as const;

/**
 * Copies an approved update's figures onto its commitment, unless the commitment already shows
 * a later reading: approving an older update late must not overwrite a newer one. A reading of
 * the same day replaces the current one (the later approval is the correction). The row lock
 * makes two approvals on one commitment compare against each other's result.
 */
export async function applyApprovedFigures(
  tx: Tx,
  update: { id: number; commitmentId: number; asOf: Date; actualValue: { toString(): string } | null; percent: number | null },
) {
  await lockCommitment(tx, update.commitmentId);
  const before = await tx.commitment.findUniqueOrThrow({ where: { id: update.commitmentId }, select: latestFiguresSelect });
  if (before.latestAsOf && before.latestAsOf.getTime() > update.asOf.getTime()) return null;
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
