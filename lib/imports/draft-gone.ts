import "server-only";
import { ExpectedError, notFound } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { REPORT_NAME_SELECT, recordedReportName, reportName } from "@/lib/reports/report-name";

/**
 * Why a draft asked for is no longer there: imported or discarded meanwhile (another tab, another
 * admin), as the audit trail recorded it — said as a conflict, with the report it became — or
 * never there (not found). Both actions on a draft end here when its row is gone.
 */
export async function draftGone(tx: Tx, draftId: number): Promise<never> {
  // The report's import names its draft; the trail's (entity, entityId) index narrows it to reports' events.
  const imported = await tx.auditEvent.findFirst({
    where: { entity: "Report", action: "report.import", after: { path: ["draftId"], equals: draftId } },
    select: { entityId: true, after: true },
  });
  if (imported) {
    // Named as it is now (its title may have been corrected since), else as it was imported.
    const report = await tx.report.findUnique({ where: { id: Number(imported.entityId) }, select: REPORT_NAME_SELECT });
    const title = report ? reportName(report) : recordedReportName(imported.after);
    if (title) throw new ExpectedError("conflict", "import.error.alreadyImported", { title });
  }
  const discarded = await tx.auditEvent.count({ where: { entity: "ImportDraft", entityId: String(draftId), action: "import.discard" } });
  if (discarded > 0) throw new ExpectedError("conflict", "import.error.alreadyDiscarded");
  throw notFound();
}
