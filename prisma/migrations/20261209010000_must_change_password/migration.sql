-- A password an admin chose (a new account, a reset) is changed by its owner at their next sign-in,
-- before anything else. Accounts that exist keep false: what their passwords were set by cannot be
-- told afterwards, and forcing every user at once is a decision for the admin (a reset), not a migration.
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
