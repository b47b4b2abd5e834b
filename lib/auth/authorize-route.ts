import "server-only";
import { recordAccessRefused } from "@/lib/audit/record-access-refused";
import { can, type PermissionAction } from "@/lib/permissions/permissions";
import type { Actor } from "./actor";
import { getCurrentActor } from "./current-actor";

/**
 * Why a route refuses: not signed in (401); signed in with a password an admin chose and not yet
 * changed (403, whatever the role may do: the way on is 修改密码); a role that may not (403).
 */
export type RouteRefusal = "unauthenticated" | "passwordChangeDue" | "forbidden";

/**
 * The message a route answers a refusal with: the way on to 修改密码 when a change is due, else
 * the route's own words for no session and for a role that may not.
 */
export function routeRefusalMessage<Key extends string>(why: RouteRefusal, own: { unauthenticated: Key; forbidden: Key }): Key | "account.password.dueFirst" {
  return why === "passwordChangeDue" ? "account.password.dueFirst" : own[why];
}

/**
 * For route handlers (downloads, files, the owners form's lookups), as requireActor is for pages:
 * the signed-in user when their role may do every one of `permissions`, else the route's own
 * answer (`refuse`, told the status and why) — a role's 403 recorded in the audit trail
 * (access.denied, under the path asked for).
 */
export async function authorizeRoute(
  request: Request,
  permissions: readonly PermissionAction[],
  refuse: (status: 401 | 403, why: RouteRefusal) => Response,
): Promise<Actor | Response> {
  const actor = await getCurrentActor();
  if (!actor) return refuse(401, "unauthenticated");
  // Not a refusal by role: nothing recorded, as for no session.
  if (actor.mustChangePassword) return refuse(403, "passwordChangeDue");
  if (!permissions.every((permission) => can(actor, permission))) {
    await recordAccessRefused(actor.id, new URL(request.url).pathname, "denied");
    return refuse(403, "forbidden");
  }
  return actor;
}
