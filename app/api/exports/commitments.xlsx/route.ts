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
    // Each layout its own file name: the three downloads of one day are not the same file.
    const layout = { none: { zh: "", ascii: "" }, section: { zh: "-按部分", ascii: "-by-section" }, department: { zh: "-按牵头单位", ascii: "-by-department" } }[query.value.sheets ?? "none"];
    const headers = readerDownloadHeaders(reader, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {
      zh: `督办台账${layout.zh}-${today}.xlsx`,
      ascii: `duban${layout.ascii}-${today}.xlsx`,
    });
    return new Response(body, { headers });
  });
}
