import "server-only";
import { recordAccessRefused } from "@/lib/audit/record-access-refused";
import { can, type PermissionAction } from "@/lib/permissions/permissions";
import type { Actor } from "./actor";
import { getCurrentActor } from "./current-actor";

/**
 * For route handlers (downloads, files, the owners form's lookups), as requireActor is for pages:
 * the signed-in user when their role may do every one of `permissions`, else the route's own
 * answer (`refuse`: 401 signed out, 403 not allowed) — a 403 recorded in the audit trail
 * (access.denied, under the path asked for).
 */
export async function authorizeRoute(request: Request, permissions: readonly PermissionAction[], refuse: (status: 401 | 403) => Response): Promise<Actor | Response> {
  const actor = await getCurrentActor();
  if (!actor) return refuse(401);
  if (!permissions.every((permission) => can(actor, permission))) {
    await recordAccessRefused(actor.id, new URL(request.url).pathname, "denied");
    return refuse(403);
  }
  return actor;
}
