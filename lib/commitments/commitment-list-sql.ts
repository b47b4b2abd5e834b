import { Prisma } from "@/lib/generated/prisma/client";
import { WAITING_REMINDER_SQL } from "@/lib/reminders/waiting-reminder";
import type { Actor } from "@/lib/auth/actor";
import { containsPattern } from "@/lib/database/like-text";
import { sqlStringList, statusLightSql } from "@/lib/progress/status-light-sql";
import { OPEN_STATUSES } from "./commitment-status";
import type { TCommitmentFilters } from "./filters";

// The WHERE and ORDER BY of the commitment list, shared by the page and the exports so both
// show exactly the same rows for the same URL. Everything user-given is a bound parameter; the
// only spliced SQL is ours (the sort column).

const DAY_MARK = "\u0000day\u0000";

/**
 * The status light of the row aliased `table`, judged on `day`. The day is a bound parameter
 * (one per place the expression reads it), so the statement's text is the same every day and
 * stays prepared.
 */
export function lightOn(table: string, day: string): Prisma.Sql {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a day: ${day}`);
  const parts = statusLightSql({ table, today: DAY_MARK }).split(DAY_MARK);
  return new Prisma.Sql(parts, parts.slice(1).map(() => day));
}

/** The light of the list's rows (aliased `c`) on `today`. */
export function lightExpression(today: string): Prisma.Sql {
  return lightOn("c", today);
}

/**
 * The ids of the commitments a department leads or supports, as a subquery. Written as two index
 * scans joined by UNION: "lead = $1 OR EXISTS (…)" would make PostgreSQL read every commitment to
 * test the OR. Shared by the list, the badge and the review queue's department filter.
 */
export function departmentCommitmentIds(departmentId: number): Prisma.Sql {
  return Prisma.sql`SELECT l.id FROM "Commitment" l WHERE l."leadDepartmentId" = ${departmentId}
    UNION SELECT s."commitmentId" FROM "CommitmentSupport" s WHERE s."departmentId" = ${departmentId}`;
}

export function inDepartment(departmentId: number): Prisma.Sql {
  // ANY(ARRAY(…)), not IN (…): the ids (a few hundred) are read first and the commitments fetched
  // by primary key; IN made PostgreSQL hash them and scan all 10,000 commitments (5.7 → 3.2 ms
  // per list page at province scale, measured on the bench data).
  return Prisma.sql`c.id = ANY (ARRAY(${departmentCommitmentIds(departmentId)}))`;
}

export function commitmentWhere(actor: Actor, f: TCommitmentFilters, light: Prisma.Sql): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  // Officials see their department's commitments only; the others are simply not there.
  if (actor.role === "OFFICIAL") conditions.push(actor.departmentId == null ? Prisma.sql`false` : inDepartment(actor.departmentId));
  if (f.report) conditions.push(Prisma.sql`c."reportId" = ${f.report}`);
  if (f.section) conditions.push(Prisma.sql`c."sectionId" = ${f.section}`);
  if (f.department) conditions.push(inDepartment(f.department));
  if (f.responsible) conditions.push(Prisma.sql`c."responsibleUserId" = ${f.responsible}`);
  if (f.kind) conditions.push(Prisma.sql`c."kind" = ${f.kind}::"CommitmentKind"`);
  if (f.dueFrom) conditions.push(Prisma.sql`c."deadline" >= ${f.dueFrom}::date`);
  if (f.dueTo) conditions.push(Prisma.sql`c."deadline" <= ${f.dueTo}::date`);
  if (f.q) {
    const pattern = containsPattern(f.q);
    conditions.push(Prisma.sql`(c."indicator" ILIKE ${pattern} OR c."quote" ILIKE ${pattern} OR c."theme" ILIKE ${pattern})`);
  }
  if (f.status) conditions.push(Prisma.sql`${light} = ${f.status}`);
  if (f.open) conditions.push(Prisma.sql`c."status" IN (${Prisma.raw(sqlStringList(OPEN_STATUSES))})`);
  // A waiting reminder counts only while its commitment is open (a closing ends it anyway).
  if (f.reminder) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Reminder" m WHERE m."commitmentId" = c.id AND ${WAITING_REMINDER_SQL}) AND c."status" IN (${Prisma.raw(sqlStringList(OPEN_STATUSES))})`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

const SORT_SQL: Record<TCommitmentFilters["sort"], string> = {
  position: `c."reportId", c."position"`,
  deadline: `c."deadline" {dir}, c."position"`,
  percent: `c."latestPercent" {dir} NULLS LAST, c."position"`,
  indicator: `c."indicator" {dir}, c."position"`,
  department: `d."name" {dir} NULLS LAST, c."position"`,
};

export function commitmentOrder(f: TCommitmentFilters): Prisma.Sql {
  const dir = f.dir === "desc" ? "DESC" : "ASC";
  const sql = f.sort === "position" ? `c."reportId" ${dir}, c."position" ${dir}` : SORT_SQL[f.sort].replace("{dir}", dir);
  return Prisma.raw(`ORDER BY ${sql}, c.id`);
}
