import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { searchParamsRecord, unreadableFilter } from "@/lib/exports/export-query";
import { errorResponse, exportRoute, readerDownloadHeaders } from "@/lib/exports/export-response";
import { loadProgressReport } from "@/lib/exports/load-progress-report";
import { renderProgressReportDocx } from "@/lib/exports/render-progress-report-docx";
import { progressReportFileNames } from "@/lib/exports/ledger-file-name";
import { todayIsoDay } from "@/lib/time/today";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function GET(request: Request) {
  return exportRoute(request, async (actor, reader) => {
    const today = todayIsoDay();
    const url = new URL(request.url);
    // A filter the list could not read would be dropped, and the file cover more than was asked.
    const unreadable = unreadableFilter(url, parseCommitmentFilters(searchParamsRecord(url)));
    if (unreadable) return errorResponse(request, reader, 400, unreadable.error, unreadable.params);
    const loaded = await loadProgressReport(actor, searchParamsRecord(url), today);
    if (!loaded.ok) return errorResponse(request, reader, loaded.error === "export.error.report" ? 404 : 400, loaded.error);
    const { period, report } = loaded.value;
    const bytes = await renderProgressReportDocx(loaded.value, reader.t, today, reader.locale);
    // Named by its report too: two reports' files of one period would otherwise be the same name.
    return new Response(new Uint8Array(bytes), { headers: readerDownloadHeaders(reader, DOCX, progressReportFileNames(period.key, report)) });
  });
}
