import "server-only";
import { ExpectedError, notFound } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { reportName } from "@/lib/reports/report-name";

/**
 * Why a draft asked for is no longer there: imported or discarded meanwhile (another tab, another
 * admin), as the audit trail recorded it — said as a conflict, with the report it became — or
 * never there (not found). Both actions on a draft end here when its row is gone.
 */
export async function draftGone(tx: Tx, draftId: number): Promise<never> {
  // The report's import names its draft; the trail's (entity, entityId) index narrows it to reports' events.
  const imported = await tx.auditEvent.findFirst({
    where: { entity: "Report", action: "report.import", after: { path: ["draftId"], equals: draftId } },
    select: { after: true },
  });
  const named = imported?.after as { title?: unknown; year?: unknown; issuer?: unknown } | null | undefined;
  if (named && typeof named.title === "string" && typeof named.year === "number") {
    const title = reportName({ title: named.title, year: named.year, issuer: typeof named.issuer === "string" ? named.issuer : "" });
    throw new ExpectedError("conflict", "import.error.alreadyImported", { title });
  }
  const discarded = await tx.auditEvent.count({ where: { entity: "ImportDraft", entityId: String(draftId), action: "import.discard" } });
  if (discarded > 0) throw new ExpectedError("conflict", "import.error.alreadyDiscarded");
  throw notFound();
}
