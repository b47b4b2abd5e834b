import { errorResponse, exportRoute, readerDownloadHeaders } from "@/lib/exports/export-response";
import { parseLedgerQuery } from "@/lib/exports/export-query";
import { ledgerFileNames } from "@/lib/exports/ledger-file-name";
import { ledgerReport } from "@/lib/exports/ledger-report";
import { streamCommitmentsXlsx } from "@/lib/exports/stream-commitments-xlsx";
import { todayIsoDay } from "@/lib/time/today";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export function GET(request: Request) {
  return exportRoute(request, async (actor, reader) => {
    const query = parseLedgerQuery(new URL(request.url));
    if (!query.ok) return errorResponse(request, reader, 400, query.error, query.params);
    const report = await ledgerReport(query.value.filters);
    if (report === "missing") return errorResponse(request, reader, 404, "export.error.report");
    const today = todayIsoDay();
    const body = await streamCommitmentsXlsx(actor, query.value.filters, { today, report, sheets: query.value.sheets, reader });
    // Each layout and report its own file name: the downloads of one day are not the same file.
    const names = ledgerFileNames("xlsx", today, report, query.value.sheets);
    return new Response(body, { headers: readerDownloadHeaders(reader, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", names) });
  });
}
