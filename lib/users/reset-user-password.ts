import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { setPassword } from "./set-password";
import { containsLoginName } from "./weak-password";
import { ZResetUserPassword } from "./types";

/**
 * 重置密码: the admin types a new initial password for someone who forgot theirs. Every session
 * of that user ends (their session version rises), a login block from earlier guessing is
 * lifted so they can sign in at once, and that sign-in leads to 修改密码 first: a password an admin
 * knows is not one to keep. The audit event names the user, never the password.
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
    // A reset to the password the user already has is a reset like any other (their sessions end,
    // the change is due): refusing it told an admin whether a guess was the user's password. The
    // user's own change then refuses to keep it.
    await setPassword(tx, user, input.password, "admin");
    const subject = { id: user.id, loginName: user.loginName, displayName: user.displayName };
    return { result: subject, audit: [{ action: "user.resetPassword", entity: "User", entityId: user.id, after: { id: user.id, loginName: user.loginName } }] };
  },
  // The user's page says the change is due beside this form.
  revalidate: (user) => ["/admin/users", `/admin/users/${user.id}`],
});
