import { parseAuditLogQuery } from "@/lib/audit/audit-log-query";
import { auditLogWhere } from "@/lib/audit/audit-log-where";
import { resolveAuditSubject } from "@/lib/audit/resolve-audit-subject";
import { streamAuditLogCsv } from "@/lib/audit/stream-audit-log-csv";
import { errorResponse, exportRoute, readerDownloadHeaders } from "@/lib/exports/export-response";
import { todayIsoDay } from "@/lib/time/today";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/** The admin's log (操作日志) as CSV, with the page's filters: admins only, as the page. */
export function GET(request: Request) {
  return exportRoute(
    request,
    async (_actor, reader) => {
      const url = new URL(request.url);
      const query = parseAuditLogQuery(Object.fromEntries(url.searchParams));
      const subject = await resolveAuditSubject(query);
      if (subject.status === "refused") return errorResponse(request, reader, 400, subject.problem.key, subject.problem.params);
      const body = await streamAuditLogCsv(auditLogWhere(query, subject.status === "found" ? subject.filter : null), reader);
      const today = todayIsoDay();
      return new Response(body, { headers: readerDownloadHeaders(reader, "text/csv; charset=utf-8", { zh: `操作日志-${today}.csv`, en: `audit-log-${today}.csv`, ascii: `audit-log-${today}.csv` }) });
    },
    "audit.log",
    "export.error.auditLogForbidden",
  );
}
