import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { setPassword } from "./set-password";
import { containsLoginName } from "./weak-password";
import { ZResetUserPassword } from "./types";

/**
 * 重置密码: the admin types a new initial password for someone who forgot theirs. Every session
 * of that user ends (their session version rises), and a login block from earlier guessing is
 * lifted so they can sign in at once. The audit event names the user, never the password.
 */
export const resetUserPassword = defineAction({
  name: "user.resetPassword",
  subject: { entity: "User", id: "userId" },
  permission: "user.manage",
  schema: ZResetUserPassword,
  async run({ actor, input, tx }) {
    // Changing one's own password asks for the current one; a reset would skip that check.
    if (input.userId === actor.id) throw invalid("users.error.resetOwnPassword", undefined, "password");
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, loginName: true, displayName: true } });
    if (!user) throw notFound();
    if (containsLoginName(input.password, user.loginName)) throw invalid("users.passwordWeak", undefined, "password");
    await setPassword(tx, user, input.password);
    return { result: user, audit: [{ action: "user.resetPassword", entity: "User", entityId: user.id, after: { id: user.id, loginName: user.loginName } }] };
  },
  revalidate: () => ["/admin/users"],
});
