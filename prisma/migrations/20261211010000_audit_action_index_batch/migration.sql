-- The admin's log counts a view's events and its lines (an event alone, or the first of a batch:
-- "batchId" IS NULL OR "batchId" = "id") in one statement. The index on (action, at) answered a
-- kind's count of events alone (2 ms for the account changes of 200,000 events, 9 ms for the
-- sign-ins, half of them), but not of its lines, which read the batch and the id from the table
-- (a bitmap heap scan, 6 ms; a sequential scan, 30 ms). With both in the index, it answers the
-- one count: 2 ms and 11 ms.
-- Key columns rather than INCLUDE: Prisma's schema cannot say INCLUDE, and reads its columns as
-- keys (prisma/prisma#8547), so the schema could not describe the index. Filtered by kind (and
-- days) or by action, the index is searched on its first two columns as before.
DROP INDEX "AuditEvent_action_at_idx";
CREATE INDEX "AuditEvent_action_at_batchId_id_idx" ON "AuditEvent"("action", "at", "batchId", "id");
