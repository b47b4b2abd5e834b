import { Prisma } from "@/lib/generated/prisma/client";

/**
 * 平均完成率 as the dashboard states it, as an SQL aggregate: the mean percent of the commitments
 * not withdrawn, one without an approved figure counting as 0. Add `OVER (…)` for a window.
 * `percent` and `light` are SQL column expressions.
 */
export function meanPercentSql(percent: string, light: string): Prisma.Sql {
  return Prisma.raw(`AVG(COALESCE(${percent}, 0)) FILTER (WHERE ${light} <> 'WITHDRAWN')`);
}
