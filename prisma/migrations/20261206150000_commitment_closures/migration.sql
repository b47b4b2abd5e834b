-- Each closing of a commitment and its reopening, so past days read as they were (as-of-sql.ts).
-- CreateTable
CREATE TABLE "CommitmentClosure" (
    "id" SERIAL NOT NULL,
    "commitmentId" INTEGER NOT NULL,
    "status" "CommitmentStatus" NOT NULL,
    "previousStatus" "CommitmentStatus" NOT NULL,
    "closedAt" TIMESTAMP(3) NOT NULL,
    "reopenedAt" TIMESTAMP(3),

    CONSTRAINT "CommitmentClosure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommitmentClosure_commitmentId_closedAt_idx" ON "CommitmentClosure"("commitmentId", "closedAt");

-- One closing in force per commitment (recordReopening ends it before another can start).
CREATE UNIQUE INDEX "CommitmentClosure_in_force_idx" ON "CommitmentClosure"("commitmentId") WHERE "reopenedAt" IS NULL;

-- AddForeignKey
ALTER TABLE "CommitmentClosure" ADD CONSTRAINT "CommitmentClosure_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Every closing the audit trail recorded (核验, 未完成办结, 撤销), each ended by the commitment's next
-- closing or reopening event (重新打开, 恢复); the last one is in force if the commitment is still so
-- closed, else it ended unrecorded (a zero-length closing: past days read as they did before).
WITH events AS (
  SELECT a."entityId"::int AS "commitmentId", a."action", a."at", a."before",
         LEAD(a."at") OVER (PARTITION BY a."entityId" ORDER BY a."id") AS "nextAt"
  FROM "AuditEvent" a
  WHERE a."entity" = 'Commitment' AND a."entityId" ~ '^[0-9]{1,9}$'
    AND a."action" IN ('commitment.verify', 'commitment.closeUnmet', 'commitment.withdraw', 'commitment.reopen', 'commitment.restore')
), closings AS (
  SELECT e.*, CASE e."action" WHEN 'commitment.verify' THEN 'VERIFIED' WHEN 'commitment.closeUnmet' THEN 'UNMET' ELSE 'WITHDRAWN' END::"CommitmentStatus" AS "status"
  FROM events e
  WHERE e."action" IN ('commitment.verify', 'commitment.closeUnmet', 'commitment.withdraw')
)
INSERT INTO "CommitmentClosure" ("commitmentId", "status", "previousStatus", "closedAt", "reopenedAt")
SELECT k."commitmentId", k."status",
       CASE WHEN k."before"->>'status' IN ('ACTIVE', 'COMPLETED') THEN (k."before"->>'status')::"CommitmentStatus" ELSE 'ACTIVE'::"CommitmentStatus" END,
       k."at",
       CASE WHEN k."nextAt" IS NOT NULL THEN k."nextAt" WHEN c."status" = k."status" THEN NULL ELSE k."at" END
FROM closings k
JOIN "Commitment" c ON c."id" = k."commitmentId";
