import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { ExtractedCommitment, ExtractedSection } from "@/lib/extract";
import { COMPARATOR_TO_DB } from "./comparator-map";
import { maySupport } from "@/lib/commitments/supporter-choices";
import { decimalParam } from "@/lib/database/decimal-param";

/** A commitment about to be stored: the extractor's fields (the quote is cut from the text by
 * offset, not taken from the caller) plus its owners, as ids. */
export type NewCommitment = Omit<ExtractedCommitment, "quote" | "leadDepartment" | "deadlineOccasion"> & {
  /** Typed by the admin in the import's review (lib/imports/deadline-source.ts); the extractor's are not. */
  deadlineSetByAdmin?: boolean;
  leadDepartmentId: number | null;
  supportingDepartmentIds: number[];
  responsibleUserId: number | null;
};

export interface NewReport {
  title: string;
  issuer: string;
  year: number;
  deliveredOn: string | null;
  /** The normalised text: offsets point into it, quotes are cut from it. */
  text: string;
  sections: ExtractedSection[];
  importedById: number | null;
}

export function reportHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const toDate = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

/**
 * Stores a report, its sections and its commitments (with owners) in the caller's transaction.
 * Quotes are cut from the stored text by offset, so a quote always matches its sentence.
 * Idempotent: the same text stored again returns the existing report and creates nothing.
 */
export async function saveReport(tx: Tx, report: NewReport, commitments: NewCommitment[]) {
  const sourceHash = reportHash(report.text);
  const existing = await tx.report.findUnique({
    where: { sourceHash },
    select: { id: true, _count: { select: { commitments: true } } },
  });
  if (existing) return { reportId: existing.id, created: false, commitmentCount: existing._count.commitments, createdCommitments: [] };

  const created = await tx.report.create({
    data: {
      title: report.title,
      issuer: report.issuer,
      year: report.year,
      deliveredOn: report.deliveredOn ? toDate(report.deliveredOn) : null,
      sourceText: report.text,
      sourceHash,
      importedById: report.importedById,
    },
  });
  const sections = await tx.section.createManyAndReturn({
    data: report.sections.map((s) => ({
      reportId: created.id,
      code: s.code,
      part: s.part,
      title: s.title,
      order: s.order,
      start: s.start,
      end: s.end,
    })),
    select: { id: true, code: true },
  });
  const sectionId = new Map(sections.map((s) => [s.code, s.id]));

  const ordered = [...commitments].sort((a, b) => a.start - b.start || a.end - b.end);
  const rows = await tx.commitment.createManyAndReturn({
    data: ordered.map((c, index) => {
      const section = sectionId.get(c.section);
      if (section === undefined) throw new Error(`Commitment refers to unknown section ${c.section}`);
      return {
        reportId: created.id,
        sectionId: section,
        position: index + 1,
        theme: c.theme,
        kind: c.kind === "numeric" ? ("NUMERIC" as const) : ("MILESTONE" as const),
        indicator: c.indicator,
        quote: report.text.slice(c.start, c.end),
        quoteStart: c.start,
        quoteEnd: c.end,
        targetValue: decimalParam(c.value),
        targetMin: decimalParam(c.min),
        targetMax: decimalParam(c.max),
        originalTargetValue: decimalParam(c.value),
        originalTargetMin: decimalParam(c.min),
        originalTargetMax: decimalParam(c.max),
        unit: c.unit,
        comparator: c.comparator ? COMPARATOR_TO_DB[c.comparator] : null,
        deadline: toDate(c.deadline),
        originalDeadline: toDate(c.deadline),
        deadlineStated: c.deadlineStated,
        deadlineSetByAdmin: c.deadlineSetByAdmin ?? false,
        leadDepartmentId: c.leadDepartmentId,
        responsibleUserId: c.responsibleUserId,
      };
    }),
    select: { id: true },
  });
  const supports = ordered.flatMap((c, i) =>
    [...new Set(c.supportingDepartmentIds)]
      .filter((d) => maySupport(d, c.leadDepartmentId))
      .map((departmentId) => ({ commitmentId: rows[i].id, departmentId })),
  );
  if (supports.length) await tx.commitmentSupport.createMany({ data: supports });
  return {
    reportId: created.id,
    created: true,
    commitmentCount: rows.length,
    /** Each new commitment's id with what it was created from, for the audit trail. */
    createdCommitments: ordered.map((commitment, i) => ({ id: rows[i].id, commitment })),
  };
}
