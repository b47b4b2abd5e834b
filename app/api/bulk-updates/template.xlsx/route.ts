import { recordAccessRefused } from "@/lib/audit/record-access-refused";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { buildBulkSheet } from "@/lib/bulk-updates/build-sheet";
import { downloadHeaders } from "@/lib/exports/content-disposition";
import { refusalResponse } from "@/lib/http/refusal-response";
import { requestReader } from "@/lib/i18n/request-locale";
import { can } from "@/lib/permissions/permissions";
import { todayIsoDay } from "@/lib/time/today";

export const dynamic = "force-dynamic";

/** The signed-in official's pre-filled progress sheet (进展填报表). */
export async function GET(request: Request) {
  const reader = requestReader(request);
  const actor = await getCurrentActor();
  if (!actor) return refusalResponse(request, reader, 401, "bulkSheet.unauthenticated", "text");
  if (!can(actor, "update.submit")) {
    await recordAccessRefused(actor.id, new URL(request.url).pathname, "denied");
    return refusalResponse(request, reader, 403, "bulkSheet.forbidden", "text");
  }
  const bytes = await buildBulkSheet(actor, reader.locale);
  return new Response(new Uint8Array(bytes), {
    headers: downloadHeaders("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", reader.locale === "zh" ? `进展填报表-${todayIsoDay()}.xlsx` : `progress-sheet-${todayIsoDay()}.xlsx`, "progress-sheet.xlsx"),
  });
}
