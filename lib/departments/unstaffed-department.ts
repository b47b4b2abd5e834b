import "server-only";
import { inDepartment } from "@/lib/commitments/commitment-list-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import { RETURNED_TO_ANSWER_SQL } from "@/lib/my-work/returned-updates-where";
import { sqlStringList } from "@/lib/progress/status-light-sql";
import { WAITING_REMINDER_SQL } from "@/lib/reminders/waiting-reminder";

/** What a department left without an active official has waiting, for the admin's answer. */
export interface UnstaffedDepartment {
  id: number;
  name: string;
  /** Open commitments it leads or supports (counted as the departments page counts them). */
  openCommitments: number;
  /** Returned readings of those still to be sent again. */
  returned: number;
  /** Reminders (催办) of those still waiting for an answer. */
  reminders: number;
}

// Any constant, with the department's id: the advisory lock under which an official leaves one.
const DEPARTMENT_STAFF_LOCK = 7_310_115;

/**
 * Taken before an active official of the department leaves it (disabled, moved, another role):
 * two of its last officials leaving at the same moment then go one after the other, and the
 * second's count (findUnstaffedWork, a statement after the first's commit) sees the first gone —
 * neither would otherwise say the department is left with nobody. An advisory lock rather than
 * the officials' rows: an import reads its officials FOR SHARE in no set order.
 */
export async function lockDepartmentStaff(tx: Tx, departmentId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEPARTMENT_STAFF_LOCK}::int, ${departmentId}::int)`;
}

/**
 * The department's waiting work when it has no active official left, else null (one still
 * there, or nothing open to report on). Not a refusal: people leave, and the admin may be about
 * to appoint their successor; but the save says so, and the departments page marks it.
 */
export async function findUnstaffedWork(tx: Tx, departmentId: number): Promise<UnstaffedDepartment | null> {
  const open = Prisma.raw(sqlStringList(OPEN_STATUSES));
  const columns = Prisma.raw(`c.id, c."status", c."latestAsOf", c."latestUpdateId"`);
  const [row] = await tx.$queryRaw<{ name: string; officials: number; openCommitments: number; returned: number; reminders: number }[]>`
    WITH scope AS (SELECT ${columns} FROM "Commitment" c WHERE ${inDepartment(departmentId)} AND c."status" IN (${open}))
    SELECT d.name,
      (SELECT count(*) FROM "User" o WHERE o."departmentId" = d.id AND o."role" = 'OFFICIAL' AND NOT o."disabled")::int AS officials,
      (SELECT count(*) FROM scope)::int AS "openCommitments",
      (SELECT count(*) FROM scope c JOIN "ProgressUpdate" u ON u."commitmentId" = c.id AND u."state" = 'RETURNED' WHERE ${RETURNED_TO_ANSWER_SQL})::int AS returned,
      (SELECT count(*) FROM scope c JOIN "Reminder" m ON m."commitmentId" = c.id WHERE ${WAITING_REMINDER_SQL})::int AS reminders
    FROM "Department" d WHERE d.id = ${departmentId}`;
  if (!row || row.officials > 0 || row.openCommitments === 0) return null;
  return { id: departmentId, name: row.name, openCommitments: row.openCommitments, returned: row.returned, reminders: row.reminders };
}
