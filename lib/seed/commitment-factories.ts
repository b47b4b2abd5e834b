import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

// Commitments for tests (integration and e2e): a tiny report of their own, so tests running in
// parallel never touch each other's data or the seeded Luoyang report.

type Client = PrismaClient | Tx;

export interface SeedCommitmentInput {
  indicator: string;
  leadDepartmentId?: number | null;
  deadline?: string;
  kind?: "NUMERIC" | "MILESTONE";
  targetValue?: number;
  latestPercent?: number;
}

/** A small report with one section and the given commitments, unique per call. */
export async function seedReportWithCommitments(
  db: Client,
  commitments: SeedCommitmentInput[],
) {
  const tag = randomUUID().slice(0, 8);
  const text = commitments.map((c) => `${c.indicator}${c.targetValue ?? ""}。`).join("\n");
  const report = await db.report.create({
    data: { title: `测试报告 ${tag}`, issuer: "测试", year: 2023, sourceText: text, sourceHash: `test-${tag}` },
  });
  const section = await db.section.create({ data: { reportId: report.id, code: "三(一)", part: "三", title: "测试", order: 1, start: 0, end: text.length } });
  let offset = 0;
  const created = [];
  for (const [i, c] of commitments.entries()) {
    const quote = `${c.indicator}${c.targetValue ?? ""}`;
    const deadline = new Date(`${c.deadline ?? "2023-12-31"}T00:00:00Z`);
    created.push(
      await db.commitment.create({
        data: {
          reportId: report.id,
          sectionId: section.id,
          position: i + 1,
          kind: c.kind ?? "NUMERIC",
          indicator: c.indicator,
          quote,
          quoteStart: offset,
          quoteEnd: offset + quote.length,
          targetValue: c.kind === "MILESTONE" ? null : (c.targetValue ?? 100),
          originalTargetValue: c.kind === "MILESTONE" ? null : (c.targetValue ?? 100),
          unit: c.kind === "MILESTONE" ? null : "个",
          comparator: c.kind === "MILESTONE" ? null : "AT_LEAST",
          deadline,
          originalDeadline: deadline,
          deadlineStated: Boolean(c.deadline),
          leadDepartmentId: c.leadDepartmentId ?? null,
          latestPercent: c.latestPercent ?? null,
          latestAsOf: c.latestPercent == null ? null : new Date("2023-06-30T00:00:00Z"),
        },
      }),
    );
    offset += quote.length + 2;
  }
  return { report, section, commitments: created };
}
