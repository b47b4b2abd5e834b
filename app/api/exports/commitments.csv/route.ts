import { downloadHeaders } from "@/lib/exports/content-disposition";
import { errorResponse, exportRoute } from "@/lib/exports/export-response";
import { parseLedgerQuery } from "@/lib/exports/export-query";
import { streamCommitmentsCsv } from "@/lib/exports/stream-commitments-csv";
import { todayIsoDay } from "@/lib/time/today";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request) {
  return exportRoute(request, async (actor, reader) => {
    const query = parseLedgerQuery(new URL(request.url));
    if (!query.ok) return errorResponse(400, query.error, reader.t);
    const today = todayIsoDay();
    const body = await streamCommitmentsCsv(actor, query.value.filters, { today, reader });
    return new Response(body, { headers: downloadHeaders("text/csv; charset=utf-8", reader.locale === "zh" ? `督办台账-${today}.csv` : `duban-${today}.csv`, `duban-${today}.csv`) });
  });
}
