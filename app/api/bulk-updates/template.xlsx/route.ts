import { authorizeRoute, routeRefusalMessage } from "@/lib/auth/authorize-route";
import { buildBulkSheet } from "@/lib/bulk-updates/build-sheet";
import { downloadHeaders } from "@/lib/exports/content-disposition";
import { refusalResponse } from "@/lib/http/refusal-response";
import { requestReader } from "@/lib/i18n/request-locale";
import { todayIsoDay } from "@/lib/time/today";

export const dynamic = "force-dynamic";

/** The signed-in official's pre-filled progress sheet (进展填报表). */
export async function GET(request: Request) {
  const reader = requestReader(request);
  const actor = await authorizeRoute(request, ["update.submit"], (status, why) =>
    refusalResponse(request, reader, status, routeRefusalMessage(why, { unauthenticated: "bulkSheet.unauthenticated", forbidden: "bulkSheet.forbidden" }), "text"),
  );
  if (actor instanceof Response) return actor;
  const bytes = await buildBulkSheet(actor, reader.locale);
  return new Response(new Uint8Array(bytes), {
    headers: downloadHeaders("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", reader.locale === "zh" ? `进展填报表-${todayIsoDay()}.xlsx` : `progress-sheet-${todayIsoDay()}.xlsx`, "progress-sheet.xlsx"),
  });
}
