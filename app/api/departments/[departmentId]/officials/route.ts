import { authorizeRoute } from "@/lib/auth/authorize-route";
import { parseId } from "@/lib/http/parse-id";
import { listOfficials } from "@/lib/users/list-officials";

// Asked by the owners form when an admin picks another lead department.
export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: Request, { params }: { params: Promise<{ departmentId: string }> }) {
  // Whoever may name a responsible official may see who can be named; nobody else.
  const actor = await authorizeRoute(request, ["commitment.assignOwners"], (status, why) =>
    Response.json({ error: why === "passwordChangeDue" ? "password_change_due" : why }, { status, headers: PRIVATE }),
  );
  if (actor instanceof Response) return actor;
  const departmentId = parseId((await params).departmentId);
  if (departmentId === null) return Response.json({ error: "not_found" }, { status: 404, headers: PRIVATE });
  const officials = await listOfficials(departmentId);
  return Response.json({ officials: officials.map((o) => ({ id: o.id, displayName: o.displayName })) }, { headers: PRIVATE });
}
