-- One unanswered reminder per commitment. send-reminder.ts already refuses a second under the
-- commitment's row lock; the index makes the rule hold for any writer (a script, a future path).
-- Partial, so written here rather than in schema.prisma (Prisma has no partial unique index); its
-- predicate is WAITING_REMINDER_SQL (lib/reminders/waiting-reminder.ts).
CREATE UNIQUE INDEX "Reminder_one_waiting_idx" ON "Reminder"("commitmentId") WHERE "answeredAt" IS NULL AND "closedAt" IS NULL;
