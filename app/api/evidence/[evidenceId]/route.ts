import { recordAccessRefused } from "@/lib/audit/record-access-refused";
import { authorizeRoute, routeRefusalMessage } from "@/lib/auth/authorize-route";
import { downloadHeaders } from "@/lib/evidence/download-headers";
import { getEvidenceDownload } from "@/lib/evidence/get-evidence-download";
import { parseId } from "@/lib/http/parse-id";
import { refusalResponse } from "@/lib/http/refusal-response";
import { requestReader } from "@/lib/i18n/request-locale";
import type { MessageKey } from "@/lib/i18n/zh";

// Evidence is private: each download re-checks the signed-in user and their department scope.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ evidenceId: string }> }) {
  // A link opened in the browser: a refusal is a sentence in the reader's language.
  const reader = requestReader(request);
  const refuse = (status: number, key: MessageKey) => refusalResponse(request, reader, status, key, "text");
  const actor = await authorizeRoute(request, ["commitment.view"], (status, why) =>
    refuse(status, routeRefusalMessage(why, { unauthenticated: "evidence.unauthenticated", forbidden: "evidence.forbidden" })),
  );
  if (actor instanceof Response) return actor;
  const id = parseId((await params).evidenceId);
  if (id === null) return refuse(404, "evidence.notFound");
  // Another department's file is "not found", like its commitment (and on record, as a probe may be).
  const file = await getEvidenceDownload(actor, id);
  if (!file) {
    await recordAccessRefused(actor.id, new URL(request.url).pathname, "notFound");
    return refuse(404, "evidence.notFound");
  }
  return new Response(file.data, { status: 200, headers: downloadHeaders(file) });
}
