import "server-only";
import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/actions/errors";
import type { MessageKey } from "@/lib/i18n/zh";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";

/**
 * Refuses a change that would leave open commitments with a responsible official who can no
 * longer answer for them (another role or department, a disabled account): every later owners
 * edit of those commitments would then be refused. The admin names another one first; the
 * message names the first few commitments to do it on.
 *
 * Locked against a concurrent assignment (checkOwners reads the official FOR SHARE): either it
 * waits and then sees the change, or this count sees its commitment. (FOR NO KEY UPDATE: see
 * lock-active-admins.ts for why not FOR UPDATE.)
 */
const NAMED = 3;

export async function assertNotResponsible(tx: Tx, userId: number, messageKey: MessageKey, field?: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
  const where = { responsibleUserId: userId, status: { in: [...OPEN_STATUSES] } };
  const count = await tx.commitment.count({ where });
  if (count === 0) return;
  // Named, so the admin can find them in the list (it has no filter by responsible official).
  const named = await tx.commitment.findMany({
    where,
    orderBy: [{ reportId: "desc" }, { position: "asc" }],
    take: NAMED,
    select: { indicator: true, report: { select: { year: true } }, section: { select: { code: true } } },
  });
  // A list: joined as the reader's language enumerates ("、" / ", "); said to be the first few when
  // it is. Each with its report's year and section: one indicator (高标准农田) is in many reports.
  const key = count > NAMED ? (`${messageKey}Some` as MessageKey) : messageKey;
  throw invalid(key, { count, names: named.map((c) => `${c.report.year}·${c.section.code} ${c.indicator}`) }, field);
}
