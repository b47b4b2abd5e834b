-- What an official answers for is read by the responsible official: the commitment list's 责任人
-- filter, the users page's counts of open responsibilities, and the refusal to disable an
-- official who still has some. Without it each read scanned every commitment.
CREATE INDEX "Commitment_responsibleUserId_idx" ON "Commitment"("responsibleUserId");
