import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

// The one way tests (integration and e2e) make commitments: each call gets a tiny report of its
// own (unique sourceHash), so tests running in parallel never touch each other's data or the
// seeded Luoyang report. Callers state any figure their assertions depend on; the defaults below
// are the only ones.

type Client = PrismaClient | Tx;

export interface SeedReportInput {
  /** Report year; the default deadline is the end of it. Default 2023. */
  year?: number;
}

export interface SeedCommitmentInput {
  /** Unique per commitment unless given. */
  indicator?: string;
  kind?: "NUMERIC" | "MILESTONE";
  /** Default AT_LEAST. Milestones have no figure to reach: comparator, targets and unit stay null. */
  comparator?: "AT_LEAST" | "AT_MOST" | "EQUAL" | "GROWTH" | "APPROX" | "RANGE" | null;
  /** Default 100; `null` for a range. */
  targetValue?: number | null;
  targetMin?: number | null;
  targetMax?: number | null;
  /** Default 个. */
  unit?: string | null;
  /** ISO day; default the end of the report year, and then not stated by the report. */
  deadline?: string;
  leadDepartmentId?: number | null;
  supportingDepartmentIds?: number[];
  /** The responsible official (an official of the lead department, as every writer keeps it). */
  responsibleUserId?: number | null;
  /** An approved figure already on the row, as of the middle of the report year. */
  latestPercent?: number;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A small report with one section and the given commitments, in order, unique per call. */
export async function seedReportWithCommitments(client: Client, commitments: SeedCommitmentInput[], input: SeedReportInput = {}) {
  const tag = randomUUID().slice(0, 8);
  const year = input.year ?? 2023;
  const rows = commitments.map((c, i) => {
    const milestone = c.kind === "MILESTONE";
    const indicator = c.indicator ?? `测试指标-${tag}-${i + 1}`;
    const targetValue = milestone ? null : c.targetValue === undefined ? 100 : c.targetValue;
    // The quote is the indicator and the figure the caller gave, so the report text reads like one.
    const quote = `${indicator}${milestone ? "" : (c.targetValue ?? "")}`;
    return { c, milestone, indicator, targetValue, quote };
  });
  const text = rows.map((r) => `${r.quote}。`).join("\n");
  const report = await client.report.create({
    data: { title: `测试报告 ${tag}`, issuer: "测试", year, sourceText: text, sourceHash: `test-${randomUUID()}` },
  });
  const section = await client.section.create({ data: { reportId: report.id, code: "三(一)", part: "三", title: "测试", order: 1, start: 0, end: text.length } });
  let offset = 0;
  const created = [];
  for (const [i, { c, milestone, indicator, targetValue, quote }] of rows.entries()) {
    const deadline = day(c.deadline ?? `${year}-12-31`);
    const targetMin = milestone ? null : (c.targetMin ?? null);
    const targetMax = milestone ? null : (c.targetMax ?? null);
    created.push(
      await client.commitment.create({
        data: {
          reportId: report.id,
          sectionId: section.id,
          position: i + 1,
          kind: c.kind ?? "NUMERIC",
          indicator,
          quote,
          quoteStart: offset,
          quoteEnd: offset + quote.length,
          targetValue,
          targetMin,
          targetMax,
          unit: milestone ? null : c.unit === undefined ? "个" : c.unit,
          comparator: milestone ? null : c.comparator === undefined ? "AT_LEAST" : c.comparator,
          deadline,
          deadlineStated: Boolean(c.deadline),
          originalTargetValue: targetValue,
          originalTargetMin: targetMin,
          originalTargetMax: targetMax,
          originalDeadline: deadline,
          leadDepartmentId: c.leadDepartmentId ?? null,
          responsibleUserId: c.responsibleUserId ?? null,
          supporting: c.supportingDepartmentIds?.length
            ? { create: c.supportingDepartmentIds.map((departmentId) => ({ departmentId })) }
            : undefined,
          latestPercent: c.latestPercent ?? null,
          latestAsOf: c.latestPercent == null ? null : day(`${year}-06-30`),
        },
      }),
    );
    // Past the quote and the "。\n" that joins it to the next one.
    offset += quote.length + 2;
  }
  return { report, section, commitments: created };
}

/** One commitment in a report of its own: `seedReportWithCommitments` with a single entry. */
export async function seedCommitment(client: Client, { year, ...commitment }: SeedCommitmentInput & SeedReportInput = {}) {
  const { commitments } = await seedReportWithCommitments(client, [commitment], { year });
  return commitments[0];
}
