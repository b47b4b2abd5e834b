-- A reminder ends unanswered when its commitment is closed (verified, not delivered, withdrawn).
-- AlterTable
ALTER TABLE "Reminder" ADD COLUMN     "closedAt" TIMESTAMP(3);
