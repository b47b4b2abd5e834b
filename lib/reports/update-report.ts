import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/errors";
import { ZUpdateReport } from "./types";

/**
 * An admin corrects a report's title or issuer (the extractor's guess at the title, a typo in the
 * issuer typed at import). Its year and text stay as imported: commitments, deadlines and quotes
 * hang on them; a report of the wrong year is deleted and imported again.
 */
export const updateReport = defineAction({
  permission: "report.update",
  schema: ZUpdateReport,
  async run({ input, tx }) {
    const select = { id: true, title: true, issuer: true } as const;
    const before = await tx.report.findUnique({ where: { id: input.reportId }, select });
    if (!before) throw notFound();
    if (before.title === input.title && before.issuer === input.issuer) return { result: { ...before, changed: false }, audit: [] };
    const after = await tx.report.update({ where: { id: before.id }, data: { title: input.title, issuer: input.issuer }, select });
    return { result: { ...after, changed: true }, audit: [{ action: "report.update", entity: "Report", entityId: after.id, before, after }] };
  },
  // The report's name is shown wherever its commitments are: lists, filters, the dashboard, my work.
  revalidate: (r) => ["/reports", `/reports/${r.id}`, "/commitments", "/", "/dashboard", "/my-work", "/review"],
});
