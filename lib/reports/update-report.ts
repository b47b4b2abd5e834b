import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { ExpectedError, notFound } from "@/lib/actions/errors";
import { ZUpdateReport } from "./types";

/**
 * An admin corrects a report's title or issuer (the extractor's guess at the title, a typo in the
 * issuer typed at import). Its year and text stay as imported: commitments, deadlines and quotes
 * hang on them; a report of the wrong year is deleted and imported again.
 */
export const updateReport = defineAction({
  name: "report.update",
  subject: { entity: "Report", id: "reportId" },
  permission: "report.update",
  schema: ZUpdateReport,
  async run({ input, tx }) {
    const select = { id: true, title: true, issuer: true } as const;
    const before = await tx.report.findUnique({ where: { id: input.reportId }, select });
    if (!before) throw notFound();
    if (before.title === input.title && before.issuer === input.issuer) return { result: { ...before, changed: false }, audit: [] };
    // Another admin saved since the form was shown: theirs is not overwritten unseen. The
    // compare-and-set in the update's where keeps a save racing this read from being lost too.
    const saved = await tx.report.updateMany({
      where: { id: before.id, title: input.shownTitle, issuer: input.shownIssuer },
      data: { title: input.title, issuer: input.issuer },
    });
    if (saved.count === 0) {
      const now = (await tx.report.findUnique({ where: { id: before.id }, select })) ?? before;
      throw new ExpectedError("conflict", "reports.edit.changedMeanwhile", { title: now.title, issuer: now.issuer });
    }
    const after = { ...before, title: input.title, issuer: input.issuer };
    return { result: { ...after, changed: true }, audit: [{ action: "report.update", entity: "Report", entityId: after.id, before, after }] };
  },
  // The report's name is shown wherever its commitments are: lists, filters, the dashboard, my work.
  revalidate: (r) => ["/reports", `/reports/${r.id}`, "/commitments", "/", "/dashboard", "/my-work", "/review"],
});
