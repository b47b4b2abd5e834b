import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import type { Tx } from "@/lib/db";
import { ExpectedError, invalid } from "@/lib/actions/errors";
import type { ExtractedSection } from "@/lib/extract";
import { reportHash, saveReport } from "@/lib/reports/save-report";
import { commitmentCreatedEvent } from "@/lib/reports/commitment-created-event";
import { responsibleFitsLead } from "@/lib/commitments/responsible-fits-lead";
import { draftGone } from "./draft-gone";
import { candidateProblems } from "./candidate-problems";
import { honestDeadline } from "./deadline-source";
import { ZAcceptImport, type TImportCandidate } from "./types";
import { activeLocked } from "@/lib/departments/lock-active-departments";
import { REPORT_NAME_SELECT, reportName } from "@/lib/reports/report-name";
import { lockSimilar, NEWEST_IMPORTED_FIRST, similarTo } from "./find-similar-reports";

/**
 * Turns a reviewed draft into a report with exactly the accepted commitments, in one
 * transaction: the report, its sections, the commitments with their owners, the audit events (the
 * report's, and each commitment's as accepted), and the draft's removal either all happen or none does. Offsets are checked against the draft's
 * own text, so a tampered request cannot invent quotes.
 */
export const acceptImport = defineAction({
  name: "report.import",
  subject: { entity: "ImportDraft", id: "draftId" },
  permission: "report.import",
  schema: ZAcceptImport,
  async run({ actor, input, tx }) {
    // Locks the draft row: two admins accepting the same draft at once cannot both succeed.
    const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "ImportDraft" WHERE id = ${input.draftId} FOR UPDATE`;
    if (rows.length === 0) return draftGone(tx, input.draftId);
    const draft = await tx.importDraft.findUniqueOrThrow({ where: { id: input.draftId } });
    const sections = draft.sections as unknown as ExtractedSection[];
    await checkCandidates(tx, input.candidates, draft.text.length, new Map(sections.map((s) => [s.code, s])), draft.year);
    // Two similar drafts accepted at once: the second waits here for the first, and then finds it.
    await lockSimilar(tx, draft);
    // The very text imported since the draft started is the same report, refused as such, before
    // it could be asked about as a likely copy only to be refused once confirmed.
    const same = await tx.report.findUnique({ where: { sourceHash: reportHash(draft.text) }, select: REPORT_NAME_SELECT });
    if (same) throw invalid("import.error.duplicate", { title: reportName(same) });
    // A report a character apart from one imported passes the hash: the review names what it may
    // copy and asks first, and what was not asked about (imported since, or a request that
    // skipped the question) is refused here, newest first.
    const copied = await tx.report.findMany({ where: similarTo(draft), orderBy: NEWEST_IMPORTED_FIRST, select: { id: true, ...REPORT_NAME_SELECT } });
    const unconfirmed = copied.find((r) => !input.copyOf.includes(r.id));
    if (unconfirmed) throw invalid("import.error.likelyCopy", { title: reportName(unconfirmed) });

    const saved = await saveReport(
      tx,
      {
        title: draft.title,
        issuer: draft.issuer,
        year: draft.year,
        deliveredOn: draft.deliveredOn?.toISOString().slice(0, 10) ?? null,
        text: draft.text,
        sections,
        importedById: actor.id,
      },
      // A day the admin typed is stored as theirs, whatever an older page or a script sent.
      input.candidates.map((c) => honestDeadline(c, draft.year)),
    );
    if (!saved.created) {
      // Stored since the check above by a writer outside its lock (a script's import); named as
      // it was imported (its year may differ from the one this draft was given).
      const imported = await tx.report.findUniqueOrThrow({ where: { id: saved.reportId }, select: REPORT_NAME_SELECT });
      throw invalid("import.error.duplicate", { title: reportName(imported) });
    }
    await tx.importDraft.delete({ where: { id: draft.id } });
    const left = notAccepted(draft.candidates, input.candidates);
    return {
      result: { reportId: saved.reportId, commitments: saved.commitmentCount },
      audit: [
        {
          action: "report.import",
          entity: "Report",
          entityId: saved.reportId,
          after: { title: draft.title, year: draft.year, issuer: draft.issuer, commitments: saved.commitmentCount, ...(left.length ? { notAccepted: left } : {}), draftId: draft.id },
        },
        ...saved.createdCommitments.map(({ id, commitment }) => commitmentCreatedEvent(id, saved.reportId, commitment)),
      ],
    };
  },
  revalidate: (result) => ["/", "/reports", `/reports/${result.reportId}`, "/commitments", "/reports/import"],
});

/**
 * The indicators of the extractor's candidates the admin did not accept (rejected, or merged into
 * another), in the report's order: the audit trail says what was left out, not only how many were kept.
 */
function notAccepted(extracted: unknown, accepted: TImportCandidate[]): string[] {
  const kept = new Set(accepted.map((c) => c.key));
  const candidates = Array.isArray(extracted) ? (extracted as { key?: string; indicator?: string }[]) : [];
  return candidates.flatMap((c) => (c.key !== undefined && !kept.has(c.key) ? [c.indicator ?? ""] : []));
}

async function checkCandidates(
  tx: Tx,
  candidates: TImportCandidate[],
  textLength: number,
  sections: Map<string, ExtractedSection>,
  reportYear: number,
) {
  if (candidates.length === 0) throw invalid("import.error.noneAccepted");
  // Named as the review lists them (its "第 N 项", rejected rows counted), not by their place among those sent.
  const rowOf = (c: TImportCandidate, i: number) => c.row ?? i + 1;
  const seen = new Set<string>();
  for (const [i, c] of candidates.entries()) {
    const section = sections.get(c.section);
    if (c.end > textLength || !section) throw invalid("import.error.span", undefined, `candidates.${i}.indicator`);
    // Sections do not nest: a quote past its section's bounds spans a heading (a merge across two).
    if (c.start < section.start || c.end > section.end) throw invalid("import.error.crossesSection", { indicator: c.indicator }, `candidates.${i}.indicator`);
    const identity = `${c.start}:${c.end}:${c.indicator}`;
    if (seen.has(identity)) throw invalid("import.error.twice", { indicator: c.indicator }, `candidates.${i}.indicator`);
    seen.add(identity);
  }
  // As the review checks them while the admin types (candidateProblems): every one in one answer,
  // each beside its row's field, the first as the message.
  const [first, ...more] = candidates.flatMap((c, i) =>
    candidateProblems(c, reportYear, rowOf(c, i)).map((p) => ({ ...p, field: `candidates.${i}.${p.field}` })),
  );
  if (first) throw new ExpectedError("invalid", first.messageKey, first.params, first.field, more);
  const departmentIds = candidates.flatMap((c) => [c.leadDepartmentId, ...c.supportingDepartmentIds]).filter((d): d is number => d != null);
  // Active ones only, as checkOwners takes them: a department deactivated while the draft was
  // being reviewed must not become a new commitment's owner.
  // The first row naming one is said, beside its field: deactivated while the draft was reviewed,
  // its name is no longer offered, and the admin must know where to choose again.
  const active = await activeLocked(tx, departmentIds);
  for (const [i, c] of candidates.entries()) {
    const field = c.leadDepartmentId != null && !active.has(c.leadDepartmentId) ? "leadDepartmentId" : c.supportingDepartmentIds.some((d) => !active.has(d)) ? "supportingDepartmentIds" : null;
    if (field) throw invalid("import.error.departmentRow", { row: rowOf(c, i), indicator: c.indicator }, `candidates.${i}.${field}`);
  }
  const userIds = [...new Set(candidates.map((c) => c.responsibleUserId).filter((u): u is number => u != null))];
  // FOR SHARE, as checkOwners reads them: disabling one (or moving them) waits for this import
  // and then counts the commitments it made them responsible for.
  const officials = userIds.length
    ? await tx.$queryRaw<{ id: number; departmentId: number | null }[]>`
        SELECT id, "departmentId" FROM "User" WHERE id = ANY(${userIds}::int[]) AND "role" = 'OFFICIAL' AND NOT "disabled" FOR SHARE`
    : [];
  // As on a commitment's page: the responsible official belongs to the lead department, and
  // there is none to belong to without one.
  const departmentOf = new Map(officials.map((o) => [o.id, o.departmentId]));
  for (const [i, c] of candidates.entries()) {
    if (c.responsibleUserId == null) continue;
    // Disabled (or no longer an official) since the draft was reviewed: said on its row.
    if (!departmentOf.has(c.responsibleUserId)) throw invalid("import.error.responsibleRow", { row: rowOf(c, i), indicator: c.indicator }, `candidates.${i}.responsibleUserId`);
    if (!responsibleFitsLead(departmentOf.get(c.responsibleUserId), c.leadDepartmentId)) {
      throw invalid("import.error.responsibleDepartment", { row: rowOf(c, i), indicator: c.indicator }, `candidates.${i}.responsibleUserId`);
    }
  }
}
