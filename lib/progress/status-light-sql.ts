import type { Prisma } from "@/lib/generated/prisma/client";
// The status light of status-light.ts as one PostgreSQL expression, for lists that filter or
// count by light over many rows. It reads the Commitment columns "kind", "comparator", "status",
// "deadline", "latestPercent", "latestAsOf" and "originalDeadline", and today's date from a
// parameter (by default $1, a 'YYYY-MM-DD' string or a date). The same thresholds are spliced
// in from status-thresholds.ts; tests/integration/status-light-sql.test.ts runs both sides on
// the same cases.
//
//   const light = statusLightSql({ table: "c", today: "$2" });
//   db.$queryRawUnsafe(`SELECT c.id FROM "Commitment" c WHERE c."reportId" = $1 AND ${light} = 'BEHIND'`, reportId, "2023-06-30")

import {
  AT_RISK_GAP_POINTS,
  BEHIND_GAP_POINTS,
  NOT_STARTED_ELAPSED_PERCENT,
  RATE_UNITS,
  RUNNING_COMPARATORS,
} from "./status-thresholds";

export interface StatusLightSqlOptions {
  /**
   * SQL giving today's date: a placeholder ("$1", the default, or "$3" when other parameters
   * come first), or CURRENT_DATE (the server's time zone decides the day). Cast to date here.
   */
  today?: string;
  /** Alias of the Commitment table in the query ("c" → c."kind"); none by default. */
  table?: string;
  /**
   * SQL giving the day the pace starts. Default: Jan 1 of the year of "originalDeadline" (the
   * deadline as stated; no extension moves it) — paceStart() of commitment-light.ts, which the
   * commitment's own page uses: the report's year for deadlines inside it, the later year for a
   * "2025年底前" in a 2024 report.
   */
  start?: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** isRunningTarget() of status-light.ts as a Prisma filter on Commitment. */
export function runningTargetWhere(): Prisma.CommitmentWhereInput {
  return {
    kind: "NUMERIC",
    OR: [{ comparator: { in: [...RUNNING_COMPARATORS] } }, { comparator: "RANGE", OR: [{ unit: { in: [...RATE_UNITS] } }, { targetMin: { lt: 0 } }] }],
  };
}

/** Constants (enum values, units) as a SQL list of string literals: never for input. */
export const sqlStringList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

/** isRunningTarget() of status-light.ts, over the columns `col` names. */
export function runningTargetSql(col: (name: string) => string): string {
  return `COALESCE(${col("kind")} = 'NUMERIC' AND (${col("comparator")} IN (${sqlStringList(RUNNING_COMPARATORS)})
    OR (${col("comparator")} = 'RANGE' AND (${col("unit")} IN (${sqlStringList(RATE_UNITS)}) OR ${col("targetMin")} < 0))), false)`;
}

/**
 * A SQL expression of type text whose value is one of STATUS_LIGHTS. Options are SQL written by
 * us, never user input; only the table alias is checked, since it is spliced before every column.
 */
export function statusLightSql(options: StatusLightSqlOptions = {}): string {
  const { table, today: todayOption = "$1" } = options;
  if (table !== undefined && !IDENTIFIER.test(table)) throw new Error(`Not a table alias: ${table}`);
  const col = (name: string) => (table ? `${table}."${name}"` : `"${name}"`);
  const today = `(${todayOption})::date`;
  const start = options.start ?? `make_date(EXTRACT(YEAR FROM ${col("originalDeadline")})::int, 1, 1)`;

  const percent = col("latestPercent");
  const deadline = col("deadline");
  const running = runningTargetSql(col);
  // paceDays() of status-light.ts: a running target with a figure, or a period with no length,
  // is expected at 100% at once (elapsed = total = 1).
  const flat = `((${deadline} - ${start}) <= 0 OR (${running} AND ${percent} IS NOT NULL))`;
  const total = `(CASE WHEN ${flat} THEN 1 ELSE ${deadline} - ${start} END)`;
  const elapsed = `(CASE WHEN ${flat} THEN 1 ELSE GREATEST(${today} - ${start}, 0) END)`;
  const hundredths = `ROUND(COALESCE(${percent}, 0) * 100)`;
  const shortfall = `(10000 * ${elapsed} - ${hundredths} * ${total})`;

  return `(CASE
  WHEN ${col("status")} = 'VERIFIED' THEN 'VERIFIED'
  WHEN ${col("status")} = 'UNMET' THEN 'UNMET'
  WHEN ${col("status")} = 'WITHDRAWN' THEN 'WITHDRAWN'
  WHEN ${col("status")} = 'COMPLETED' THEN 'COMPLETED'
  WHEN ${percent} >= 100 AND (NOT ${running} OR ${col("latestAsOf")} >= ${deadline} OR ${today} > ${deadline}) THEN 'COMPLETED'
  WHEN ${today} > ${deadline} THEN 'OVERDUE'
  WHEN ${today} = ${deadline} AND NOT COALESCE(${percent} >= 100, false) THEN 'BEHIND'
  WHEN ${col("kind")} = 'MILESTONE' THEN 'ON_TRACK'
  WHEN ${percent} IS NULL AND 100 * ${elapsed} < ${NOT_STARTED_ELAPSED_PERCENT} * ${total} THEN 'NOT_STARTED'
  WHEN ${shortfall} > ${BEHIND_GAP_POINTS * 100} * ${total} THEN 'BEHIND'
  WHEN ${shortfall} > ${AT_RISK_GAP_POINTS * 100} * ${total} THEN 'AT_RISK'
  WHEN ${col("kind")} = 'NUMERIC' AND ${col("comparator")} = 'AT_MOST' AND ${percent} < 100 THEN 'AT_RISK'
  ELSE 'ON_TRACK'
END)`;
}
