-- A missed target closed by the supervising office (未完成办结), with when, by whom and why.
-- AlterEnum
ALTER TYPE "CommitmentStatus" ADD VALUE 'UNMET';

-- AlterTable
ALTER TABLE "Commitment" ADD COLUMN     "unmetAt" TIMESTAMP(3),
ADD COLUMN     "unmetById" INTEGER,
ADD COLUMN     "unmetNote" TEXT;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_unmetById_fkey" FOREIGN KEY ("unmetById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
