-- "Updated this month?" (my-work list and badge): a commitment's recent updates without reading
-- its whole year of history.
CREATE INDEX "ProgressUpdate_commitmentId_createdAt_idx" ON "ProgressUpdate"("commitmentId", "createdAt");

-- Returned updates still to answer, per commitment: a few rows among ~50 per commitment.
-- Partial, so it is kept by hand here (Prisma's schema cannot say WHERE), like
-- "ProgressUpdate_approved_idx" in the first migration.
CREATE INDEX "ProgressUpdate_returned_idx" ON "ProgressUpdate"("commitmentId") WHERE "state" = 'RETURNED';
