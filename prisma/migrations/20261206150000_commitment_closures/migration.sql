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


-- The closings in force now, dated by their audit events (the one trail that holds a withdrawal's
-- date and every closing's status before it). Earlier closings already reopened are not known here.
INSERT INTO "CommitmentClosure" ("commitmentId", "status", "previousStatus", "closedAt")
SELECT c."id", c."status",
       CASE WHEN e."before"->>'status' IN ('ACTIVE', 'COMPLETED') THEN (e."before"->>'status')::"CommitmentStatus" ELSE 'ACTIVE'::"CommitmentStatus" END,
       e."at"
FROM "Commitment" c
JOIN LATERAL (
  SELECT a."before", a."at" FROM "AuditEvent" a
  WHERE a."entity" = 'Commitment' AND a."entityId" = c."id"::text
    AND a."action" = CASE c."status" WHEN 'VERIFIED' THEN 'commitment.verify' WHEN 'UNMET' THEN 'commitment.closeUnmet' ELSE 'commitment.withdraw' END
  ORDER BY a."id" DESC LIMIT 1
) e ON true
WHERE c."status" IN ('VERIFIED', 'UNMET', 'WITHDRAWN');
