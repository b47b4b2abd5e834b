import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";

const commitmentTargetSelect = {
  id: true,
  kind: true,
  indicator: true,
  comparator: true,
  targetValue: true,
  targetMin: true,
  targetMax: true,
  baseline: true,
  unit: true,
  deadline: true,
  status: true,
  // A closed commitment's refusal names its closing with its day (closedRefusal).
  verifiedAt: true,
  unmetAt: true,
  version: true,
  latestActual: true,
  latestPercent: true,
  latestAsOf: true,
  latestUpdateId: true,
  report: { select: { year: true } },
} as const;

/**
 * The commitment an action is about, read inside the transaction and only within the actor's
 * scope: an official naming another department's commitment gets "not found", not "forbidden".
 * With `lock: "update"`, the row is locked first (SELECT … FOR UPDATE) so concurrent writers queue up.
 * With `lock: "share"`, it is locked FOR SHARE: the status read is then the one a concurrent writer of
 * the commitment (a verification) committed, and that writer waits for this transaction.
 */
export async function findScopedCommitment(tx: Tx, actor: Actor, commitmentId: number, options: { lock?: "update" | "share" } = {}) {
  if (options.lock === "update") await lockCommitment(tx, commitmentId);
  else if (options.lock === "share") await shareLockCommitments(tx, [commitmentId]);
  const commitment = await tx.commitment.findFirst({
    where: { AND: [{ id: commitmentId }, commitmentScopeWhere(actor)] },
    select: commitmentTargetSelect,
  });
  if (!commitment) throw notFound();
  return commitment;
}

export async function lockCommitment(tx: Tx, commitmentId: number): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "Commitment" WHERE id = ${commitmentId} FOR UPDATE`;
}

/**
 * Locks the commitments FOR UPDATE, in id order (as every writer of several locks them: two
 * writers locking overlapping sets cannot deadlock), for a change made to many at once.
 */
export async function lockCommitments(tx: Tx, commitmentIds: number[]): Promise<void> {
  if (commitmentIds.length === 0) return;
  await tx.$executeRaw`SELECT 1 FROM "Commitment" WHERE id = ANY(${commitmentIds}::int[]) ORDER BY id FOR UPDATE`;
}

/**
 * Locks the commitments FOR SHARE, in id order (two writers locking overlapping sets cannot
 * deadlock): updates may be added to them, but none can be verified or changed meanwhile.
 */
export async function shareLockCommitments(tx: Tx, commitmentIds: number[]): Promise<void> {
  if (commitmentIds.length === 0) return;
  await tx.$executeRaw`SELECT 1 FROM "Commitment" WHERE id = ANY(${commitmentIds}::int[]) ORDER BY id FOR SHARE`;
}
