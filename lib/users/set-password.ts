import "server-only";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db";

/**
 * A new password for a user, by an admin's reset or their own change: the hash, a raised session
 * version (every session signed in before ends) and a clean login throttle. `chosenBy`: an admin's
 * choice is to be changed by its owner at their next sign-in (User.mustChangePassword); their own
 * change clears that.
 */
export async function setPassword(
  tx: Tx,
  user: { id: number; loginName: string },
  password: string,
  chosenBy: "admin" | "owner",
): Promise<{ id: number; sessionVersion: number }> {
  const after = await tx.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 }, mustChangePassword: chosenBy === "admin" },
    select: { id: true, sessionVersion: true },
  });
  await tx.loginThrottle.deleteMany({ where: { loginName: user.loginName } });
  return after;
}
