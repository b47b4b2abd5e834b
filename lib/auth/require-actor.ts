import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAccessRefused } from "@/lib/audit/record-access-refused";
import { PAGE_PATH_HEADER } from "@/lib/http/page-path-header";
import { signInAgainPath } from "./sign-in-again-path";
import { can, type PermissionAction } from "@/lib/permissions/permissions";
import { getCurrentActor } from "./current-actor";
import { passwordChangeRedirect } from "./password-change-path";
import type { Actor } from "./actor";

/**
 * For pages: the signed-in user, or a redirect to the login page. A user whose password an admin
 * chose is sent to 修改密码 from every other page (the shell's layout and each page ask here alike),
 * before any permission is checked. With `action`, a user whose role may not perform it gets a
 * 404, so a page's existence is not revealed — and the refusal is in the audit trail
 * (access.denied), as an action's is.
 */
export async function requireActor(action?: PermissionAction): Promise<Actor> {
  const actor = await getCurrentActor();
  // The proxy let a session cookie through that no longer names an active user (disabled,
  // password reset, signed out elsewhere): the login page says so rather than appear unasked, and
  // signing in again leads back to the page (as the proxy's redirect of a visit without a session).
  if (!actor) redirect(signInAgainPath((await headers()).get(PAGE_PATH_HEADER)));
  if (actor.mustChangePassword) {
    const to = passwordChangeRedirect((await headers()).get(PAGE_PATH_HEADER));
    if (to) redirect(to);
  }
  if (action && !can(actor, action)) {
    await recordAccessRefused(actor.id, (await headers()).get(PAGE_PATH_HEADER) ?? "", "denied");
    const { notFound } = await import("next/navigation");
    notFound();
  }
  return actor;
}
