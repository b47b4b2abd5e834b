import "server-only";
import type { Tx } from "@/lib/db";
import { decimalParam } from "@/lib/database/decimal-param";
import { Prisma } from "@/lib/generated/prisma/client";

// Any constant: the key space (with each commitment's id) of the lock that makes two checks of the
// same commitment's readings wait for each other. The two-number form never meets the audit
// chain's one-number lock.
const REPEAT_CHECK_LOCK = 7_310_113;

export interface NewReading {
  commitmentId: number;
  asOf: string;
  actualValue: number | null;
  done: boolean | null;
  narrative: string;
}

/** The update a new reading repeats, and whether it still waits or was approved. */
export interface RepeatedReading {
  id: number;
  state: "SUBMITTED" | "APPROVED";
}

/**
 * The new readings that repeat, word for word, an update waiting for review or approved (same
 * day, same figure or done, same narrative): a sheet uploaded twice, before or after the reviewer
 * approved it, a form sent again. Each would be one more update for the reviewer to return and for
 * the official to see returned. A corrected figure or narrative for the same day is no repeat: the
 * reviewer approves one and returns the other. Answers, by index in `readings`, the update
 * repeated (a waiting one before an approved one).
 *
 * The same reading sent twice at the same instant (two tabs, a double submit) would find nothing
 * waiting in either transaction: each commitment's check is serialised by a transaction-scoped
 * lock, so the second waits until the first commits (its update then found) or rolls back. Taken
 * in id order (a sheet locks several), after the commitments' row locks and before the audit
 * chain's, like every writer's, so no two writers wait on each other in a circle.
 */
export async function findRepeatedReadings(tx: Tx, readings: NewReading[]): Promise<Map<number, RepeatedReading>> {
  if (readings.length === 0) return new Map();
  const commitmentIds = [...new Set(readings.map((r) => r.commitmentId))].sort((a, b) => a - b);
  // The sorted subquery, not ORDER BY beside the call: the locks are taken in the rows' order.
  await tx.$executeRaw`SELECT count(pg_advisory_xact_lock(${REPEAT_CHECK_LOCK}::int, s.id)) FROM (SELECT id FROM unnest(${commitmentIds}::int[]) AS id ORDER BY id) s`;
  const earlier = await tx.progressUpdate.findMany({
    where: {
      state: { in: ["SUBMITTED", "APPROVED"] },
      commitmentId: { in: commitmentIds },
      asOf: { in: [...new Set(readings.map((r) => r.asOf))].map((day) => new Date(`${day}T00:00:00Z`)) },
    },
    select: { id: true, state: true, commitmentId: true, asOf: true, actualValue: true, done: true, narrative: true },
    // APPROVED before SUBMITTED (the enum's order, reversed): a waiting copy of the same reading,
    // read last, is the one named.
    orderBy: [{ state: "desc" }, { id: "asc" }],
  });
  // Figures as the column keeps them (Decimal(20,4), rounded half away from zero as PostgreSQL
  // does): 5.55555 typed twice is stored as 5.5556 both times.
  const figure = (value: number | Prisma.Decimal | null) => decimalParam(value)?.toDecimalPlaces(4, Prisma.Decimal.ROUND_HALF_UP).toFixed(4) ?? null;
  const key = (r: { commitmentId: number; asOf: string; actualValue: number | Prisma.Decimal | null; done: boolean | null; narrative: string }) =>
    JSON.stringify([r.commitmentId, r.asOf, figure(r.actualValue), r.done, r.narrative.trim()]);
  const byKey = new Map(earlier.map((u) => [key({ ...u, asOf: u.asOf.toISOString().slice(0, 10) }), { id: u.id, state: u.state as RepeatedReading["state"] }]));
  const repeats = new Map<number, RepeatedReading>();
  readings.forEach((r, i) => {
    const repeated = byKey.get(key(r));
    if (repeated !== undefined) repeats.set(i, repeated);
  });
  return repeats;
}
