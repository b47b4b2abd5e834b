import "server-only";
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { ExtractedCommitment, ExtractionResult } from "@/lib/extract";
import { COMPARATOR_TO_DB } from "./comparator-map";

export interface SaveReportOptions {
  issuer: string;
  importedById: number | null;
  /** Department names → ids, to resolve the extractor's suggested lead department. */
  departmentIdByName: Map<string, number>;
}

export function reportHash(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const toDate = (isoDay: string) => new Date(`${isoDay}T00:00:00.000Z`);

/**
 * Stores a report, its sections and the given commitments in the caller's transaction.
 * Idempotent: the same text imported again returns the existing report and creates nothing.
 */
export async function saveExtractedReport(
  tx: Tx,
  extraction: ExtractionResult,
  commitments: ExtractedCommitment[],
  options: SaveReportOptions,
): Promise<{ reportId: number; created: boolean; commitmentCount: number }> {
  const sourceHash = reportHash(extraction.text);
  const existing = await tx.report.findUnique({ where: { sourceHash }, select: { id: true, _count: { select: { commitments: true } } } });
  if (existing) return { reportId: existing.id, created: false, commitmentCount: existing._count.commitments };

  const report = await tx.report.create({
    data: {
      title: extraction.report.title,
      issuer: options.issuer,
      year: extraction.report.year,
      deliveredOn: extraction.report.deliveredOn ? toDate(extraction.report.deliveredOn) : null,
      sourceText: extraction.text,
      sourceHash,
      importedById: options.importedById,
    },
  });
  await tx.section.createMany({
    data: extraction.sections.map((s) => ({
      reportId: report.id,
      code: s.code,
      part: s.part,
      title: s.title,
      order: s.order,
      start: s.start,
      end: s.end,
    })),
  });
  const sections = await tx.section.findMany({ where: { reportId: report.id }, select: { id: true, code: true } });
  const sectionId = new Map(sections.map((s) => [s.code, s.id]));

  await tx.commitment.createMany({
    data: commitments.map((c, index) => {
      const section = sectionId.get(c.section);
      if (section === undefined) throw new Error(`Commitment refers to unknown section ${c.section}`);
      return {
        reportId: report.id,
        sectionId: section,
        position: index + 1,
        theme: c.theme,
        kind: c.kind === "numeric" ? ("NUMERIC" as const) : ("MILESTONE" as const),
        indicator: c.indicator,
        quote: c.quote,
        quoteStart: c.start,
        quoteEnd: c.end,
        targetValue: c.value,
        targetMin: c.min,
        targetMax: c.max,
        originalTargetValue: c.value,
        originalTargetMin: c.min,
        originalTargetMax: c.max,
        unit: c.unit,
        comparator: c.comparator ? COMPARATOR_TO_DB[c.comparator] : null,
        deadline: toDate(c.deadline),
        originalDeadline: toDate(c.deadline),
        deadlineStated: c.deadlineStated,
        leadDepartmentId: c.leadDepartment ? (options.departmentIdByName.get(c.leadDepartment) ?? null) : null,
      };
    }),
  });
  return { reportId: report.id, created: true, commitmentCount: commitments.length };
}
