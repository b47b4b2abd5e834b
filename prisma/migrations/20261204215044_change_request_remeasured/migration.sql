-- An approved 调整 records the update it re-measured against the new target and the percent
-- that update then counts for, so a past day's view reads the target in force on that day.
-- AlterTable
ALTER TABLE "ChangeRequest" ADD COLUMN     "remeasuredPercent" DECIMAL(7,2),
ADD COLUMN     "remeasuredUpdateId" INTEGER;
