-- Returned updates still to answer, per commitment and day. The official's my-work badge keeps
-- a return only while it is later than the commitment's latest approved reading
-- (lib/my-work/returned-updates-where.ts): with the day in the index that test is an index
-- condition, and the many overtaken returns of a department are skipped without reading their
-- rows (docs/performance.md, eleventh round). Still serves look-ups by commitment alone.
-- Partial, so it is kept by hand here (Prisma's schema cannot say WHERE).
DROP INDEX "ProgressUpdate_returned_idx";
CREATE INDEX "ProgressUpdate_returned_idx" ON "ProgressUpdate"("commitmentId", "asOf") WHERE "state" = 'RETURNED';
