-- A closing keeps what it said (核验 or 未完成办结 note, 撤销 reason): a reopening clears the
-- Commitment row's note, and a past period's report must still say it.
-- AlterTable
ALTER TABLE "CommitmentClosure" ADD COLUMN     "note" TEXT;

-- A verification or 未完成办结 still in force: the note on the row.
UPDATE "CommitmentClosure" k
SET "note" = CASE k."status" WHEN 'VERIFIED' THEN c."verifyNote" ELSE c."unmetNote" END
FROM "Commitment" c
WHERE c."id" = k."commitmentId" AND k."reopenedAt" IS NULL
  AND k."status" IN ('VERIFIED', 'UNMET') AND c."status" = k."status";

-- Those reopened since, and every withdrawal (the row never held its reason): from the audit
-- trail. Each closing was written with its event, one for one (in the same transaction, or by the
-- closings' backfill), so a commitment's n-th closing of a kind is its n-th event of that action.
WITH events AS (
  SELECT a."entityId"::int AS "commitmentId",
         CASE a."action" WHEN 'commitment.verify' THEN 'VERIFIED' WHEN 'commitment.closeUnmet' THEN 'UNMET' ELSE 'WITHDRAWN' END::"CommitmentStatus" AS "status",
         CASE a."action" WHEN 'commitment.verify' THEN a."after"->>'verifyNote' WHEN 'commitment.closeUnmet' THEN a."after"->>'unmetNote' ELSE a."after"->>'withdrawReason' END AS "note",
         ROW_NUMBER() OVER (PARTITION BY a."entityId", a."action" ORDER BY a."id") AS "n"
  FROM "AuditEvent" a
  WHERE a."entity" = 'Commitment' AND a."entityId" ~ '^[0-9]{1,9}$'
    AND a."action" IN ('commitment.verify', 'commitment.closeUnmet', 'commitment.withdraw')
), closings AS (
  SELECT k."id", k."commitmentId", k."status",
         ROW_NUMBER() OVER (PARTITION BY k."commitmentId", k."status" ORDER BY k."closedAt", k."id") AS "n"
  FROM "CommitmentClosure" k
)
UPDATE "CommitmentClosure" t
SET "note" = e."note"
FROM closings k
JOIN events e ON e."commitmentId" = k."commitmentId" AND e."status" = k."status" AND e."n" = k."n"
WHERE t."id" = k."id" AND (t."reopenedAt" IS NOT NULL OR t."status" = 'WITHDRAWN');
