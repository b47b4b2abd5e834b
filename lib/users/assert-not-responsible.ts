import "server-only";
import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/actions/errors";
import type { MessageKey } from "@/lib/i18n/zh";
import { openResponsibilitiesWhere } from "./count-open-responsibilities";
import { responsibleListHref } from "@/lib/commitments/responsible-list-href";

/**
 * Refuses a change that would leave open commitments with a responsible official who can no
 * longer answer for them (another role or department, a disabled account): every later owners
 * edit of those commitments would then be refused. The admin names another one first, or clears
 * it: the refusal says how many and links to the list of them (the list filtered by 责任人).
 *
 * Locked against a concurrent assignment (checkOwners reads the official FOR SHARE): either it
 * waits and then sees the change, or this count sees its commitment. (FOR NO KEY UPDATE: see
 * lock-active-admins.ts for why not FOR UPDATE.)
 */
export async function assertNotResponsible(tx: Tx, userId: number, messageKey: MessageKey, field?: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
  const count = await tx.commitment.count({ where: openResponsibilitiesWhere([userId]) });
  if (count === 0) return;
  throw invalid(messageKey, { count }, field, { href: responsibleListHref(userId), labelKey: "users.stillResponsibleLink", params: { count } });
}
