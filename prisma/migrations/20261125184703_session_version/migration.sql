-- Raised when a password is reset or changed; a session signed in at an older version ends
-- (lib/auth/load-actor.ts).
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;
