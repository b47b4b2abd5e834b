-- An update whose approval was taken back (撤回审核通过) says so: RETURNED alone read as an ordinary return.
-- AlterTable
ALTER TABLE "ProgressUpdate" ADD COLUMN     "revokedAt" TIMESTAMP(3);

-- Updates taken back before this column: the day of their last take-back, from the audit trail.
UPDATE "ProgressUpdate" u
SET "revokedAt" = a."at"
FROM (
  SELECT "entityId", MAX("at") AS "at"
  FROM "AuditEvent"
  WHERE "action" = 'update.revoke' AND "entity" = 'ProgressUpdate'
  GROUP BY "entityId"
) a
WHERE a."entityId" = u."id"::text AND u."state" = 'RETURNED';
