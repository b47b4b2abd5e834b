-- A deadline the admin typed in the import's review was stored as "stated by the report"
-- (deadlineStated): it is now told apart. Commitments imported before keep false (what they
-- were created with cannot be told apart afterwards).
ALTER TABLE "Commitment" ADD COLUMN "deadlineSetByAdmin" BOOLEAN NOT NULL DEFAULT false;
