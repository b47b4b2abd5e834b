import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { invalid, notFound } from "@/lib/actions/errors";
import { countReportWork, hasWork } from "./count-report-work";

export const ZDeleteReport = z.object({ reportId: z.coerce.number().int().positive().max(2_147_483_647) });

/**
 * An admin deletes a report imported by mistake (the wrong file, the wrong year), with its
 * sections and commitments — only while nobody has worked on it: no progress reported, no
 * 延期 / 调整 requested, no reminder sent, no commitment verified, closed or withdrawn. After that its commitments carry a record of work, and
 * what is no longer pursued is withdrawn (撤销) one by one instead. The audit trail keeps the
 * import and this deletion (append-only), with the report's name and how many commitments went.
 */
export const deleteReport = defineAction({
  name: "report.delete",
  subject: { entity: "Report", id: "reportId" },
  permission: "report.delete",
  schema: ZDeleteReport,
  async run({ input, tx }) {
    // Locked first: an import or an update racing this one waits, then finds the report gone.
    const [report] = await tx.$queryRaw<{ id: number; title: string; issuer: string; year: number }[]>`
      SELECT id, title, issuer, year FROM "Report" WHERE id = ${input.reportId} FOR UPDATE`;
    if (!report) throw notFound();
    await tx.$executeRaw`SELECT 1 FROM "Commitment" WHERE "reportId" = ${report.id} ORDER BY id FOR UPDATE`;
    const work = await countReportWork(report.id, tx);
    if (hasWork(work)) throw invalid("reports.delete.worked", { ...work });
    // Each commitment's deletion is an event of its own, carrying its name: the log goes on naming
    // its older events (its import, its owners) after the row is gone (find-audit-subjects.ts).
    const gone = await tx.commitment.findMany({ where: { reportId: report.id }, orderBy: { id: "asc" }, select: { id: true, indicator: true, unit: true, comparator: true } });
    // Commitments before the report: they hold their sections (RESTRICT), which the report's delete cascades to.
    const { count } = await tx.commitment.deleteMany({ where: { reportId: report.id } });
    await tx.report.delete({ where: { id: report.id } });
    return {
      result: { reportId: report.id },
      audit: [
        { action: "report.delete", entity: "Report", entityId: report.id, before: { title: report.title, issuer: report.issuer, year: report.year, commitments: count }, after: null },
        ...gone.map(({ id, ...named }) => ({ action: "commitment.delete", entity: "Commitment", entityId: id, before: { reportId: report.id, ...named }, after: null })),
      ],
    };
  },
  revalidate: () => ["/reports", "/commitments", "/", "/dashboard", "/my-work", "/review"],
});
