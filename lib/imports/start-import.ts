import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { invalid } from "@/lib/actions/errors";
import { ExtractionError, extractReport } from "@/lib/extract";
import { departmentIdsByName, loadDepartmentKeywords } from "@/lib/departments/department-keywords";
import { reportHash } from "@/lib/reports/save-report";
import { toDraftCandidate } from "./draft-candidate";
import { MAX_CANDIDATES, ZStartImport } from "./types";
import { reportName } from "@/lib/reports/report-name";

/**
 * Runs the extractor over an uploaded or pasted report and keeps its candidates as a draft for
 * the admin to review. Nothing becomes a commitment until the draft is accepted.
 */
/** Advisory-lock class of starting an import (beside the audit chain's and the repeat check's). */
const IMPORT_TEXT_LOCK = 7_310_114;

export const startImport = defineAction({
  name: "import.start",
  subject: { entity: "ImportDraft" },
  permission: "report.import",
  schema: ZStartImport,
  async run({ actor, input, tx }) {
    // Said beside where the text came from: the file chosen, or the box it was pasted into.
    const textField = input.textFrom === "file" ? "file" : "text";
    let extraction;
    try {
      extraction = extractReport(input.text, { year: input.year, departmentKeywords: await loadDepartmentKeywords(tx) });
    } catch (error) {
      if (error instanceof ExtractionError) throw invalid(`import.error.${error.code}`, undefined, textField);
      throw error;
    }
    // A year given by hand that ends before the report was even delivered would put every
    // deadline before it (a slip: 2024 typed for the 2025 report delivered on 2025-01-14).
    const delivered = extraction.report.deliveredOn;
    if (input.year !== undefined && delivered && input.year < Number(delivered.slice(0, 4))) {
      throw invalid("import.error.yearBeforeDelivery", { year: input.year, deliveredOn: delivered }, "year");
    }
    // Nor before the year the text's own parts plan for (2020 typed for "二、2023年主要目标任务").
    const textYear = extraction.report.textYear;
    if (input.year !== undefined && textYear !== null && input.year < textYear) {
      throw invalid("import.error.yearBeforeText", { year: input.year, textYear }, "year");
    }
    // Refused here, not after the admin's review: a draft beyond what an import may accept could
    // never be accepted (and its review page would take a minute to open).
    if (extraction.commitments.length > MAX_CANDIDATES) {
      throw invalid("import.error.tooManyCandidates", { count: extraction.commitments.length, max: MAX_CANDIDATES }, textField);
    }
    // Left empty, the issuer is the one the report names ("我代表北京市人民政府"); it is required, as
    // the review compares it with the reports imported before (otherIssuers).
    const issuer = input.issuer || extraction.report.issuer;
    if (!issuer) throw invalid("import.error.issuerNotFound", undefined, "issuer");
    const sourceHash = reportHash(extraction.text);
    const existing = await tx.report.findUnique({ where: { sourceHash }, select: { id: true, title: true, year: true, issuer: true } });
    if (existing) throw invalid("import.error.duplicate", { title: reportName(existing) }, textField);
    // Two drafts of one text would have two admins review it twice, and one of them refused at the
    // end. Checked under a lock on the text's hash, so two tabs starting it at once make one draft.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_TEXT_LOCK}::int, hashtext(${sourceHash}))`;
    const pending = await tx.importDraft.findFirst({ where: { sourceHash }, select: { title: true, year: true, issuer: true } });
    if (pending) throw invalid("import.error.draftExists", { title: reportName(pending) }, textField);

    const idByName = await departmentIdsByName(tx);
    const draft = await tx.importDraft.create({
      data: {
        title: extraction.report.title,
        issuer,
        year: extraction.report.year,
        deliveredOn: extraction.report.deliveredOn ? new Date(`${extraction.report.deliveredOn}T00:00:00Z`) : null,
        text: extraction.text,
        sourceHash,
        sections: JSON.parse(JSON.stringify(extraction.sections)),
        candidates: extraction.commitments.map((c, i) => toDraftCandidate(c, i, idByName)),
        createdById: actor.id,
      },
      select: { id: true, title: true, year: true },
    });
    return {
      result: { draftId: draft.id },
      audit: [
        {
          action: "import.start",
          entity: "ImportDraft",
          entityId: draft.id,
          after: { title: draft.title, year: draft.year, issuer, candidates: extraction.commitments.length },
        },
      ],
    };
  },
  revalidate: () => ["/reports/import"],
});
