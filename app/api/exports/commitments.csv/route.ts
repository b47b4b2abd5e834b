import { errorResponse, exportRoute, readerDownloadHeaders } from "@/lib/exports/export-response";
import { parseLedgerQuery } from "@/lib/exports/export-query";
import { ledgerFileNames } from "@/lib/exports/ledger-file-name";
import { ledgerReport } from "@/lib/exports/ledger-report";
import { streamCommitmentsCsv } from "@/lib/exports/stream-commitments-csv";
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
    const body = await streamCommitmentsCsv(actor, query.value.filters, { today, reader });
    return new Response(body, { headers: readerDownloadHeaders(reader, "text/csv; charset=utf-8", ledgerFileNames("csv", today, report)) });
  });
}
