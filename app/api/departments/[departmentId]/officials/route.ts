import { recordAccessRefused } from "@/lib/audit/record-access-refused";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { parseId } from "@/lib/http/parse-id";
import { can } from "@/lib/permissions/permissions";
import { listOfficials } from "@/lib/users/list-officials";

// Asked by the owners form when an admin picks another lead department.
export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: Request, { params }: { params: Promise<{ departmentId: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) return Response.json({ error: "unauthenticated" }, { status: 401, headers: PRIVATE });
  // Whoever may name a responsible official may see who can be named; nobody else.
  if (!can(actor, "commitment.assignOwners")) {
    await recordAccessRefused(actor.id, new URL(request.url).pathname, "denied");
    return Response.json({ error: "forbidden" }, { status: 403, headers: PRIVATE });
  }
  const departmentId = parseId((await params).departmentId);
  if (departmentId === null) return Response.json({ error: "not_found" }, { status: 404, headers: PRIVATE });
  const officials = await listOfficials(departmentId);
  return Response.json({ officials: officials.map((o) => ({ id: o.id, displayName: o.displayName })) }, { headers: PRIVATE });
}
