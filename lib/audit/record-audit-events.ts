import "server-only";
import { db } from "@/lib/db";
import { writeAuditEvents, type AuditEntry } from "./write-audit-event";

/**
 * Appends events in a transaction of their own, for what happens outside any action's: a
 * sign-in, and an action refused (whose own transaction, if it had one, was rolled back — the
 * refusal must be recorded all the same). The chain's lock is held only for the append itself.
 */
export async function recordAuditEvents(actorId: number | null, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.$transaction((tx) => writeAuditEvents(tx, actorId, entries));
}

/**
 * The same for a refusal (an action, a page, a password): the refusal is answered whatever happens
 * here, so this never throws — a record that could not be written is logged, as `what`.
 */
export async function recordRefusal(actorId: number | null, entries: AuditEntry[], what: string): Promise<void> {
  try {
    await recordAuditEvents(actorId, entries);
  } catch (error) {
    console.error(`[audit] could not record ${what}`, error);
  }
}
