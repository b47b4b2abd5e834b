import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, invalid, notFound } from "@/lib/actions/errors";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { setPassword } from "./set-password";
import { clearFailures, firstRefusalOfBlock, reserveAttempt } from "@/lib/auth/login-throttle";
import { recordPasswordChangeRefusal } from "./record-password-change-refusal";
import { ZChangeOwnPassword } from "./types";
import { containsLoginName } from "./weak-password";

/**
 * 修改密码: anyone signed in sets a new password after proving they know the current one.
 * The session version rises, which ends every other session (the caller carries the current
 * one over, see keepThisSession). Wrong current passwords count towards the login throttle,
 * so a borrowed session cannot be used to guess the password; each wrong one, and the first
 * refusal of each block, is in the audit trail (as a failed sign-in is). No secret reaches it.
 *
 * The current password is proven before the transaction (precheck), so a refusal can count
 * without holding a connection; the transaction proves it again under the row lock, so two
 * changes of one account cannot both pass on the old password (the later one is a conflict).
 *
 * The one action of a user whose password an admin chose (mustChangePassword): it clears that,
 * and says it was due (`wasDue`), so the page leads on to where they were going.
 */
export const changeOwnPassword = defineAction({
  name: "user.changePassword",
  subject: { entity: "User" },
  permission: "account.changePassword",
  schema: ZChangeOwnPassword,
  whilePasswordChangeDue: true,
  async precheck({ actor, input }) {
    // Counted before the check, as signing in counts it (reserveAttempt); a right password clears
    // it. Under a key of its own: guesses made from inside a session do not lock sign-ins out.
    if (containsLoginName(input.newPassword, actor.loginName)) throw invalid("users.passwordWeak", undefined, "newPassword");
    const key = `${actor.loginName} password-change`;
    const wait = await reserveAttempt(key);
    if (wait > 0) {
      if (await firstRefusalOfBlock(key)) await recordPasswordChangeRefusal(actor, "throttled", wait);
      throw invalid("account.password.throttled", { seconds: wait }, "currentPassword");
    }
    const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
    if (!user) throw notFound();
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await recordPasswordChangeRefusal(actor, "wrongCurrent");
      throw invalid("account.password.currentWrong", undefined, "currentPassword");
    }
    await clearFailures([key]);
  },
  async run({ actor, input, tx }) {
    // Locked and checked again: a change or reset that landed since the precheck is not undone.
    // (FOR NO KEY UPDATE: see lock-active-admins.ts for why not FOR UPDATE.)
    const [user] = await tx.$queryRaw<{ passwordHash: string; mustChangePassword: boolean }[]>`
      SELECT "passwordHash", "mustChangePassword" FROM "User" WHERE id = ${actor.id} FOR NO KEY UPDATE`;
    if (!user) throw notFound();
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw conflict();
    const after = await setPassword(tx, actor, input.newPassword, "owner");
    return { result: { ...after, wasDue: user.mustChangePassword }, audit: [{ action: "user.changePassword", entity: "User", entityId: actor.id, after: { id: actor.id, loginName: actor.loginName } }] };
  },
});
