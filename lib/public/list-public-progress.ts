import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { lightExpression } from "@/lib/commitments/commitment-list-sql";
import type { CommitmentListRow } from "@/lib/commitments/list-commitments";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { pickReport } from "@/lib/dashboard/pick-report";

/** A list row without the figures the public does not see, plus the section id for grouping. */
export type PublicRow = Omit<CommitmentListRow, "reportId" | "position" | "deadlineDefault" | "latestActual"> & { sectionId: number };

/**
 * What the public sees of a report (the newest unless one is chosen): approved figures only (kept on the commitment row
 * by the approval), the lead department's name and nothing about people or pending updates.
 */
async function loadPublicProgress(today: string, reportId?: number | null) {
  const { reports } = await pickReport(undefined);
  const report = reports.find((r) => r.id === reportId) ?? reports[0];
  if (!report) return null;
  const light = lightExpression(today);
  const rows = await db.$queryRaw<PublicRow[]>(Prisma.sql`
    SELECT c.id, s.id AS "sectionId", s."code" AS "sectionCode", s."title" AS "sectionTitle", c."indicator", c."kind", c."comparator",
           c."targetValue"::text AS "targetValue", c."targetMin"::text AS "targetMin", c."targetMax"::text AS "targetMax",
           c."unit", c."quote", c."deadline", d."name" AS "leadDepartment", c."latestPercent"::text AS "latestPercent", c."latestAsOf",
           ${light} AS "light"
    FROM "Commitment" c JOIN "Section" s ON s.id = c."sectionId" LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
    WHERE c."reportId" = ${report.id} AND c."status" <> 'WITHDRAWN'
    ORDER BY s."order", c."position"`);
  return { report, reports, rows };
}

/** The one page open to anyone: read through the snapshot cache like the signed-in pages. */
export const listPublicProgress = snapshotCached(loadPublicProgress);
