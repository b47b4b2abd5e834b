import { authorizeRoute } from "@/lib/auth/authorize-route";
import { readMergePreview } from "@/lib/departments/read-merge-preview";
import { parseId } from "@/lib/http/parse-id";

// Asked by a department's 合并到… fold when it opens: what the merge would move.
export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: Request, { params }: { params: Promise<{ departmentId: string }> }) {
  // Whoever may merge departments; nobody else.
  const actor = await authorizeRoute(request, ["department.manage"], (status) =>
    Response.json({ error: status === 401 ? "unauthenticated" : "forbidden" }, { status, headers: PRIVATE }),
  );
  if (actor instanceof Response) return actor;
  const departmentId = parseId((await params).departmentId);
  const preview = departmentId === null ? null : await readMergePreview(departmentId);
  if (!preview) return Response.json({ error: "not_found" }, { status: 404, headers: PRIVATE });
  return Response.json({ preview }, { headers: PRIVATE });
}
