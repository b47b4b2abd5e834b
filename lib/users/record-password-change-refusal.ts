import "server-only";
import { recordRefusal } from "@/lib/audit/record-audit-events";
import type { Actor } from "@/lib/auth/actor";

/**
 * A change of one's own password refused before anything changed: a wrong current password
 * (someone holding a borrowed session guessing it), or the first refusal of a block of them. The
 * session's user is the actor; never a password typed. In its own transaction — the refusal is
 * answered whatever happens here — and never throws: the answer must not wait on the record
 * (a failure to record is logged), as with refused actions (record-refused-action.ts).
 */
export async function recordPasswordChangeRefusal(actor: Actor, refusal: "wrongCurrent" | "throttled", waitSeconds?: number): Promise<void> {
  const action = refusal === "wrongCurrent" ? "auth.passwordChangeFailed" : "auth.passwordChangeThrottled";
  await recordRefusal(actor.id, [{ action, entity: "User", entityId: actor.id, after: refusal === "throttled" ? { waitSeconds } : {} }], action);
}
