import { getCurrentActor } from "@/lib/auth/current-actor";
import { downloadHeaders } from "@/lib/evidence/download-headers";
import { getEvidenceDownload } from "@/lib/evidence/get-evidence-download";
import { parseId } from "@/lib/http/parse-id";
import { can } from "@/lib/permissions/permissions";

// Evidence is private: each download re-checks the signed-in user and their department scope.
export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  const actor = await getCurrentActor();
  if (!actor) return new Response("Unauthorized", { status: 401, headers: { "Cache-Control": "private, no-store" } });
  if (!can(actor, "commitment.view")) return new Response("Forbidden", { status: 403, headers: { "Cache-Control": "private, no-store" } });
  const id = parseId((await params).evidenceId);
  if (id === null) return notFound();
  // Another department's file is "not found", like its commitment.
  const file = await getEvidenceDownload(actor, id);
  if (!file) return notFound();
  return new Response(file.data, { status: 200, headers: downloadHeaders(file) });
}
