-- The block (its blockedUntil) whose first refused sign-in the audit trail holds: later refusals of
-- the same block, which cost a guesser nothing, are not written to the hash chain one by one.
-- AlterTable
ALTER TABLE "LoginThrottle" ADD COLUMN     "refusalRecordedFor" TIMESTAMP(3);
