-- One unanswered reminder per commitment. send-reminder.ts already refuses a second under the
-- commitment's row lock; the index makes the rule hold for any writer (a script, a future path).
-- Partial, so written here rather than in schema.prisma (Prisma has no partial unique index); its
-- predicate is WAITING_REMINDER_SQL (lib/reminders/waiting-reminder.ts).
-- Should two ever wait on one commitment (a writer that skipped the check), the older ends.
UPDATE "Reminder" r SET "closedAt" = CURRENT_TIMESTAMP
WHERE r."answeredAt" IS NULL AND r."closedAt" IS NULL
  AND EXISTS (SELECT 1 FROM "Reminder" o WHERE o."commitmentId" = r."commitmentId" AND o."answeredAt" IS NULL AND o."closedAt" IS NULL AND o."id" > r."id");
CREATE UNIQUE INDEX "Reminder_one_waiting_idx" ON "Reminder"("commitmentId") WHERE "answeredAt" IS NULL AND "closedAt" IS NULL;
