-- Updates waiting for review, per commitment and day. The review queue says how many readings of
-- each listed commitment wait, and the official's my-work list marks commitments already
-- reported: without this, PostgreSQL intersected the commitments' index with every waiting
-- update of the state index (185,656 entries in the bench after a run; PostgreSQL rows per
-- approval 10,976 → 51,051, docs/performance.md, eleventh round). The repeat check of a
-- submission (same commitment, same day) reads it too.
-- Partial, so it is kept by hand here (Prisma's schema cannot say WHERE).
CREATE INDEX "ProgressUpdate_submitted_idx" ON "ProgressUpdate"("commitmentId", "asOf") WHERE "state" = 'SUBMITTED';
