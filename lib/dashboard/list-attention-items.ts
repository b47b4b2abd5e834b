import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatusLight } from "@/lib/progress/status-light";
import { scopedCommitments, type DashboardScope } from "./scoped-commitments";

export interface AttentionItem {
  id: number;
  indicator: string;
  deadline: Date;
  leadDepartment: string | null;
  latestPercent: number | null;
  light: StatusLight;
}

const DUE_SOON_DAYS = 30;
const SHOWN = 20;

const CONDITIONS = {
  // Unfinished and due within the next 30 days (the as-of day included).
  dueSoon: (asOf: string) =>
    Prisma.sql`x."deadline" >= ${asOf}::date AND x."deadline" <= ${asOf}::date + ${DUE_SOON_DAYS}::int AND x."light" NOT IN ('COMPLETED', 'VERIFIED', 'UNMET', 'WITHDRAWN')`,
  overdue: () => Prisma.sql`x."light" = 'OVERDUE'`,
};

/** The first items needing attention, earliest deadline first, and how many there are in all. */
export async function listAttentionItems(scope: DashboardScope, kind: keyof typeof CONDITIONS): Promise<{ items: AttentionItem[]; total: number }> {
  const rows = await (db.$queryRaw<(AttentionItem & { total: number })[]>`
    WITH x AS ${scopedCommitments(scope)}
    SELECT x."id", x."indicator", x."deadline", d."name" AS "leadDepartment", x."latestPercent"::float8 AS "latestPercent", x."light",
           (COUNT(*) OVER ())::int AS "total"
    FROM x LEFT JOIN "Department" d ON d.id = x."leadDepartmentId"
    WHERE ${CONDITIONS[kind](scope.asOf)}
    ORDER BY x."deadline", x."position", x."id"
    LIMIT ${SHOWN}`);
  return { items: rows.map(({ total: _total, ...item }) => item), total: rows[0]?.total ?? 0 };
}
