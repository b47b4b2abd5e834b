import { Prisma } from "@/lib/generated/prisma/client";
import { meanPercentSql } from "@/lib/dashboard/mean-percent-sql";
import { STATUS_LIGHTS, type StatusLight } from "@/lib/progress/status-light";

/** One line of the ledger's summary sheet (汇总): a lead department's commitments, or all of them. */
export interface LedgerSummaryLine {
  /** The lead department; null for commitments without one, and on the total line. */
  departmentId: number | null;
  department: string | null;
  /** How many commitments show each light, every light present (0 when none). */
  lights: Record<StatusLight, number>;
  total: number;
  /** 平均完成率 as the dashboard states it (meanPercentSql); null when no commitment counts. */
  meanPercent: number | null;
}

export interface LedgerSummary {
  /** In the departments' own order (as the sheets per department are), commitments without a lead last. */
  departments: LedgerSummaryLine[];
  total: LedgerSummaryLine;
}

export type LedgerSummaryRow = Omit<LedgerSummaryLine, "lights"> & { isTotal: boolean } & Record<StatusLight, number>;

/**
 * The summary of the ledger's rows, as one aggregate statement: `source` is the rows' own FROM and
 * WHERE (ledgerSource) and `light` their light, so no count can disagree with the rows. A line per
 * lead department and the total line (ROLLUP), which PostgreSQL writes even when no row matches.
 */
export function ledgerSummarySql(source: Prisma.Sql, light: Prisma.Sql): Prisma.Sql {
  // The light names are our own constants, spliced as column names and literals.
  const counts = STATUS_LIGHTS.map((l) => `COUNT(*) FILTER (WHERE x."light" = '${l}')::int AS "${l}"`).join(", ");
  return Prisma.sql`
    SELECT x."leadDepartmentId" AS "departmentId", x."department", GROUPING(x."leadDepartmentId") = 1 AS "isTotal",
           ${Prisma.raw(counts)}, COUNT(*)::int AS "total",
           ${meanPercentSql(`x."latestPercent"`, `x."light"`)}::float8 AS "meanPercent"
    FROM (SELECT c."leadDepartmentId", d."name" AS "department", c."latestPercent", ${light} AS "light" ${source}) x
    GROUP BY ROLLUP ((x."leadDepartmentId", x."department"))
    -- Departments in their own order, as the export's sheets per department; no lead, then the total, last.
    ORDER BY GROUPING(x."leadDepartmentId"), x."leadDepartmentId" NULLS LAST`;
}

export function toLedgerSummary(rows: LedgerSummaryRow[]): LedgerSummary {
  const lines = rows.map(({ isTotal, departmentId, department, total, meanPercent, ...counts }) => ({
    isTotal,
    line: { departmentId, department, total, meanPercent, lights: Object.fromEntries(STATUS_LIGHTS.map((l) => [l, counts[l]])) as Record<StatusLight, number> },
  }));
  const total = lines.find((l) => l.isTotal);
  if (!total) throw new Error("The ledger summary has no total line");
  return { departments: lines.filter((l) => !l.isTotal).map((l) => l.line), total: total.line };
}
