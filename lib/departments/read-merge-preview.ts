import "server-only";
import { inDepartment } from "@/lib/commitments/commitment-list-sql";
import { db, type Db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";
import { sqlStringList } from "@/lib/progress/status-light-sql";
import { WAITING_REMINDER_SQL } from "@/lib/reminders/waiting-reminder";
import type { MergePreview } from "./merge-preview";

/**
 * What merging the department away would move (MergePreview), in one statement; null when there
 * is no such department. Read by the merge fold when it opens, and by the merge itself under its
 * lock, so what it moves is what the admin was told.
 */
export async function readMergePreview(departmentId: number, client: Db | Tx = db): Promise<MergePreview | null> {
  const open = Prisma.raw(sqlStringList(OPEN_STATUSES));
  const [row] = await client.$queryRaw<MergePreview[]>`
    SELECT
      (SELECT count(*) FROM "Commitment" c WHERE c."leadDepartmentId" = d.id)::int AS led,
      (SELECT count(*) FROM "Commitment" c WHERE c."leadDepartmentId" = d.id AND c."status" IN (${open}))::int AS "ledOpen",
      (SELECT count(*) FROM "CommitmentSupport" s WHERE s."departmentId" = d.id)::int AS supported,
      (SELECT count(*) FROM "CommitmentSupport" s JOIN "Commitment" c ON c.id = s."commitmentId"
        WHERE s."departmentId" = d.id AND c."status" IN (${open}))::int AS "supportedOpen",
      (SELECT count(*) FROM "User" u WHERE u."departmentId" = d.id AND NOT u."disabled")::int AS users,
      (SELECT count(*) FROM "User" u WHERE u."departmentId" = d.id AND u."disabled")::int AS "disabledUsers",
      (SELECT count(*) FROM "DepartmentKeyword" k WHERE k."departmentId" = d.id)::int AS keywords,
      (SELECT count(*) FROM "Reminder" m JOIN "Commitment" c ON c.id = m."commitmentId"
        WHERE ${WAITING_REMINDER_SQL} AND c."status" IN (${open})
          AND ${inDepartment(departmentId)})::int AS reminders
    FROM "Department" d WHERE d.id = ${departmentId}`;
  return row ?? null;
}
