import { errorResponse, exportRoute, readerDownloadHeaders } from "@/lib/exports/export-response";
import { parseLedgerQuery } from "@/lib/exports/export-query";
import { streamCommitmentsXlsx } from "@/lib/exports/stream-commitments-xlsx";
import { todayIsoDay } from "@/lib/time/today";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request) {
  return exportRoute(request, async (actor, reader) => {
    const query = parseLedgerQuery(new URL(request.url));
    if (!query.ok) return errorResponse(request, reader, 400, query.error);
    const today = todayIsoDay();
    const body = await streamCommitmentsXlsx(actor, query.value.filters, { today, sheets: query.value.sheets, reader });
    const headers = readerDownloadHeaders(reader, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", { zh: `督办台账-${today}.xlsx`, ascii: `duban-${today}.xlsx` });
    return new Response(body, { headers });
  });
}
