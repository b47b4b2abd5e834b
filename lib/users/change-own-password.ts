import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordFailure, secondsUntilAllowed } from "@/lib/auth/login-throttle";
import { ZChangeOwnPassword } from "./types";

/**
 * 修改密码: anyone signed in sets a new password after proving they know the current one.
 * The session version rises, which ends every other session (the caller carries the current
 * one over, see keepThisSession). Wrong current passwords count towards the login throttle,
 * so a borrowed session cannot be used to guess the password. No secret reaches the audit.
 */
export const changeOwnPassword = defineAction({
  permission: "account.changePassword",
  schema: ZChangeOwnPassword,
  async run({ actor, input, tx }) {
    const wait = await secondsUntilAllowed(actor.loginName);
    if (wait > 0) throw invalid("account.password.throttled", { seconds: wait }, "currentPassword");
    // Locked, so two changes of one account cannot both pass the check against the old hash.
    const [user] = await tx.$queryRaw<{ passwordHash: string }[]>`SELECT "passwordHash" FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    if (!user) throw notFound();
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      // Outside the transaction on purpose: the refusal rolls it back, the count must stay.
      await recordFailure(actor.loginName);
      throw invalid("account.password.currentWrong", undefined, "currentPassword");
    }
    const after = await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
      select: { id: true, sessionVersion: true },
    });
    await tx.loginThrottle.deleteMany({ where: { loginName: actor.loginName } });
    return { result: after, audit: [{ action: "user.changePassword", entity: "User", entityId: actor.id, after: { id: actor.id, loginName: actor.loginName } }] };
  },
});
