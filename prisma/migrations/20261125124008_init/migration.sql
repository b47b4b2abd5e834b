-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'REVIEWER', 'OFFICIAL', 'VIEWER');

-- CreateEnum
CREATE TYPE "CommitmentKind" AS ENUM ('NUMERIC', 'MILESTONE');

-- CreateEnum
CREATE TYPE "Comparator" AS ENUM ('AT_LEAST', 'AT_MOST', 'EQUAL', 'GROWTH', 'APPROX', 'RANGE');

-- CreateEnum
CREATE TYPE "CommitmentStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'VERIFIED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "UpdateState" AS ENUM ('SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ChangeRequestKind" AS ENUM ('EXTEND_DEADLINE', 'ADJUST_TARGET');

-- CreateEnum
CREATE TYPE "ChangeRequestState" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- CreateTable
CREATE TABLE "Department" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartmentKeyword" (
    "id" SERIAL NOT NULL,
    "keyword" TEXT NOT NULL,
    "departmentId" INTEGER NOT NULL,

    CONSTRAINT "DepartmentKeyword_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "loginName" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "departmentId" INTEGER,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "loginName" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("loginName")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "deliveredOn" DATE,
    "sourceText" TEXT NOT NULL,
    "sourceHash" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" INTEGER,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "part" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "sectionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "theme" TEXT,
    "kind" "CommitmentKind" NOT NULL,
    "indicator" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "targetValue" DECIMAL(20,4),
    "targetMin" DECIMAL(20,4),
    "targetMax" DECIMAL(20,4),
    "unit" TEXT,
    "comparator" "Comparator",
    "baseline" DECIMAL(20,4),
    "deadline" DATE NOT NULL,
    "deadlineStated" BOOLEAN NOT NULL,
    "originalTargetValue" DECIMAL(20,4),
    "originalTargetMin" DECIMAL(20,4),
    "originalTargetMax" DECIMAL(20,4),
    "originalDeadline" DATE NOT NULL,
    "leadDepartmentId" INTEGER,
    "responsibleUserId" INTEGER,
    "status" "CommitmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "latestActual" DECIMAL(20,4),
    "latestPercent" DECIMAL(7,2),
    "latestAsOf" DATE,
    "latestUpdateId" INTEGER,
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" INTEGER,
    "verifyNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Commitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitmentSupport" (
    "commitmentId" INTEGER NOT NULL,
    "departmentId" INTEGER NOT NULL,

    CONSTRAINT "CommitmentSupport_pkey" PRIMARY KEY ("commitmentId","departmentId")
);

-- CreateTable
CREATE TABLE "ProgressUpdate" (
    "id" SERIAL NOT NULL,
    "commitmentId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "asOf" DATE NOT NULL,
    "actualValue" DECIMAL(20,4),
    "done" BOOLEAN,
    "percent" DECIMAL(7,2),
    "narrative" TEXT NOT NULL,
    "state" "UpdateState" NOT NULL DEFAULT 'SUBMITTED',
    "reviewerId" INTEGER,
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "resubmitsId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" SERIAL NOT NULL,
    "updateId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" SERIAL NOT NULL,
    "commitmentId" INTEGER NOT NULL,
    "kind" "ChangeRequestKind" NOT NULL,
    "requesterId" INTEGER NOT NULL,
    "proposedDeadline" DATE,
    "proposedValue" DECIMAL(20,4),
    "proposedMin" DECIMAL(20,4),
    "proposedMax" DECIMAL(20,4),
    "reason" TEXT NOT NULL,
    "state" "ChangeRequestState" NOT NULL DEFAULT 'PENDING',
    "reviewerId" INTEGER,
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Department_code_key" ON "Department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateIndex
CREATE UNIQUE INDEX "DepartmentKeyword_keyword_key" ON "DepartmentKeyword"("keyword");

-- CreateIndex
CREATE INDEX "DepartmentKeyword_departmentId_idx" ON "DepartmentKeyword"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "User_loginName_key" ON "User"("loginName");

-- CreateIndex
CREATE INDEX "User_departmentId_idx" ON "User"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_sourceHash_key" ON "Report"("sourceHash");

-- CreateIndex
CREATE INDEX "Report_year_idx" ON "Report"("year");

-- CreateIndex
CREATE INDEX "Section_reportId_order_idx" ON "Section"("reportId", "order");

-- CreateIndex
CREATE UNIQUE INDEX "Section_reportId_code_key" ON "Section"("reportId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_latestUpdateId_key" ON "Commitment"("latestUpdateId");

-- CreateIndex
CREATE INDEX "Commitment_reportId_position_idx" ON "Commitment"("reportId", "position");

-- CreateIndex
CREATE INDEX "Commitment_sectionId_idx" ON "Commitment"("sectionId");

-- CreateIndex
CREATE INDEX "Commitment_leadDepartmentId_deadline_idx" ON "Commitment"("leadDepartmentId", "deadline");

-- CreateIndex
CREATE INDEX "Commitment_status_deadline_idx" ON "Commitment"("status", "deadline");

-- CreateIndex
CREATE INDEX "Commitment_deadline_idx" ON "Commitment"("deadline");

-- CreateIndex
CREATE UNIQUE INDEX "Commitment_reportId_quoteStart_quoteEnd_indicator_key" ON "Commitment"("reportId", "quoteStart", "quoteEnd", "indicator");

-- CreateIndex
CREATE INDEX "CommitmentSupport_departmentId_idx" ON "CommitmentSupport"("departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressUpdate_resubmitsId_key" ON "ProgressUpdate"("resubmitsId");

-- CreateIndex
CREATE INDEX "ProgressUpdate_commitmentId_asOf_idx" ON "ProgressUpdate"("commitmentId", "asOf");

-- CreateIndex
CREATE INDEX "ProgressUpdate_state_createdAt_idx" ON "ProgressUpdate"("state", "createdAt");

-- CreateIndex
CREATE INDEX "ProgressUpdate_authorId_state_idx" ON "ProgressUpdate"("authorId", "state");

-- CreateIndex
CREATE INDEX "EvidenceFile_updateId_idx" ON "EvidenceFile"("updateId");

-- CreateIndex
CREATE INDEX "ChangeRequest_commitmentId_idx" ON "ChangeRequest"("commitmentId");

-- CreateIndex
CREATE INDEX "ChangeRequest_state_createdAt_idx" ON "ChangeRequest"("state", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "DepartmentKeyword" ADD CONSTRAINT "DepartmentKeyword_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_leadDepartmentId_fkey" FOREIGN KEY ("leadDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_responsibleUserId_fkey" FOREIGN KEY ("responsibleUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_latestUpdateId_fkey" FOREIGN KEY ("latestUpdateId") REFERENCES "ProgressUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Commitment" ADD CONSTRAINT "Commitment_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentSupport" ADD CONSTRAINT "CommitmentSupport_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitmentSupport" ADD CONSTRAINT "CommitmentSupport_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_resubmitsId_fkey" FOREIGN KEY ("resubmitsId") REFERENCES "ProgressUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_updateId_fkey" FOREIGN KEY ("updateId") REFERENCES "ProgressUpdate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The audit trail is append-only in the database itself, not just by convention in the app.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();

-- Review queue and "latest approved" look-ups only ever read approved or submitted rows.
CREATE INDEX "ProgressUpdate_approved_idx" ON "ProgressUpdate" ("commitmentId", "asOf" DESC, "id" DESC) WHERE "state" = 'APPROVED';
