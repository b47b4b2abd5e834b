// The SQL a perfect implementation of each page or action needs, for the floor and for EXPLAIN.
// The list query is the app's own (same WHERE / ORDER BY builders, same status expression), so
// its ratio measures everything around the one necessary SELECT.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { commitmentOrder, commitmentWhere, lightExpression } from "@/lib/commitments/commitment-list-sql";
import { ZCommitmentFilters } from "@/lib/commitments/filters";
import { awaitingVerificationCondition } from "@/lib/reviews/awaiting-verification-sql";
import { QUEUE_COUNT_CAP } from "@/lib/reviews/review-queue-cap";

export interface Statement {
  text: string;
  values: unknown[];
}

const ADMIN: Actor = { id: 1, loginName: "bench.admin.1", displayName: "管理员", role: "ADMIN", departmentId: null, mustChangePassword: false };

/** listCommitments' SELECT for the given URL parameters (lib/commitments/list-commitments.ts). */
export function listStatement(params: Record<string, string>, today: string): Statement {
  const filters = ZCommitmentFilters.parse(params);
  const light = lightExpression(today);
  const offset = (filters.page - 1) * filters.size;
  const sql = Prisma.sql`
    SELECT c.id, c."reportId", c."position", s."code" AS "sectionCode", s."title" AS "sectionTitle",
           c."indicator", c."kind", c."comparator",
           c."targetValue"::text AS "targetValue", c."targetMin"::text AS "targetMin", c."targetMax"::text AS "targetMax",
           c."unit", c."deadline", c."deadlineStated", d."name" AS "leadDepartment",
           c."latestPercent"::text AS "latestPercent", c."latestActual"::text AS "latestActual", c."latestAsOf",
           ${light} AS "light", COUNT(*) OVER () AS "total"
    FROM "Commitment" c
    JOIN "Section" s ON s.id = c."sectionId"
    LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
    ${commitmentWhere(ADMIN, filters, light)}
    ${commitmentOrder(filters)}
    LIMIT ${filters.size} OFFSET ${offset}`;
  return { text: sql.text, values: sql.values };
}

/**
 * The dashboard of one report (the newest, as /dashboard picks it) from the figures kept on the
 * commitment: counts per status light, overall and per section and lead department, in one
 * grouped scan of its ~200 rows.
 */
export function dashboardStatement(reportId: number, today: string): Statement {
  const light = lightExpression(today);
  const sql = Prisma.sql`
    WITH x AS (SELECT c."sectionId", c."leadDepartmentId", c."latestPercent", ${light} AS light FROM "Commitment" c WHERE c."reportId" = ${reportId})
    SELECT x."sectionId", x."leadDepartmentId", x.light, COUNT(*)::int AS count, ROUND(AVG(COALESCE(x."latestPercent", 0)), 2) AS "meanPercent"
    FROM x GROUP BY GROUPING SETS ((x.light), (x."sectionId", x.light), (x."leadDepartmentId", x.light))`;
  return { text: sql.text, values: sql.values };
}

/** The dashboard's monthly trend within the report year: approved updates per month of its commitments. */
export const TREND_SQL = `
  SELECT date_trunc('month', u."asOf") AS month, COUNT(*)::int AS approved, ROUND(AVG(u.percent), 2) AS "meanPercent"
  FROM "ProgressUpdate" u JOIN "Commitment" c ON c.id = u."commitmentId"
  WHERE c."reportId" = $1 AND u.state = 'APPROVED' AND u."asOf" BETWEEN make_date($2, 1, 1) AND make_date($2, 12, 31)
  GROUP BY 1 ORDER BY 1`;

/**
 * Detail: what the commitment's page shows, in one round trip — the commitment with its report,
 * section, owners and source paragraph; its approved figures (the chart); the newest 20 updates
 * and any still waiting, with authors, reviewers and evidence names (the timeline); its change
 * requests and reminders; and its history (its own events and its updates', requests' and
 * reminders', newest 201). (Until 20:38 the floor
 * read the commitment, the approved figures and the supporting departments only.)
 */
export const DETAIL_SQL = `
  SELECT c.*, r.title AS "reportTitle", r.year, s.code AS "sectionCode", s.title AS "sectionTitle", d.name AS "leadDepartment",
         ru."displayName" AS responsible,
         substr(r."sourceText", GREATEST(c."quoteStart" - 300, 0) + 1, c."quoteEnd" - GREATEST(c."quoteStart" - 300, 0) + 300) AS paragraph,
         (SELECT json_agg(json_build_object('asOf', u."asOf", 'percent', u.percent) ORDER BY u."asOf", u.id)
            FROM "ProgressUpdate" u WHERE u."commitmentId" = c.id AND u.state = 'APPROVED') AS approved,
         (SELECT json_agg(sd.name ORDER BY sd.id) FROM "CommitmentSupport" cs JOIN "Department" sd ON sd.id = cs."departmentId"
            WHERE cs."commitmentId" = c.id) AS supporting,
         (SELECT json_agg(t) FROM (
            SELECT u.id, u.state, u."asOf", u."actualValue", u.done, u.percent, u.narrative, u."createdAt", u."reviewNote", u."reviewedAt",
                   au."displayName" AS author, rv."displayName" AS reviewer,
                   (SELECT json_agg(json_build_object('id', e.id, 'fileName', e."fileName")) FROM "EvidenceFile" e WHERE e."updateId" = u.id) AS evidence
            FROM "ProgressUpdate" u JOIN "User" au ON au.id = u."authorId" LEFT JOIN "User" rv ON rv.id = u."reviewerId"
            WHERE u."commitmentId" = c.id
              AND (u.state = 'SUBMITTED' OR u.id IN (SELECT n.id FROM "ProgressUpdate" n WHERE n."commitmentId" = c.id ORDER BY n."asOf" DESC, n."createdAt" DESC LIMIT 20))
            ORDER BY u."asOf" DESC, u."createdAt" DESC) t) AS timeline,
         (SELECT json_agg(cr ORDER BY cr."createdAt" DESC) FROM "ChangeRequest" cr WHERE cr."commitmentId" = c.id) AS "changeRequests",
         (SELECT json_agg(m ORDER BY m."createdAt" DESC) FROM "Reminder" m WHERE m."commitmentId" = c.id) AS reminders,
         (SELECT json_agg(h) FROM (
            SELECT ae.id, ae.action, ae.entity, ae."entityId", ae.before, ae.after, ae.at, aa."displayName" AS actor
            FROM "AuditEvent" ae LEFT JOIN "User" aa ON aa.id = ae."actorId"
            WHERE (ae.entity = 'Commitment' AND ae."entityId" = c.id::text)
               OR (ae.entity = 'ProgressUpdate' AND ae."entityId" = ANY (ARRAY(SELECT u.id::text FROM "ProgressUpdate" u WHERE u."commitmentId" = c.id)))
               OR (ae.entity = 'ChangeRequest' AND ae."entityId" = ANY (ARRAY(SELECT q.id::text FROM "ChangeRequest" q WHERE q."commitmentId" = c.id)))
               OR (ae.entity = 'Reminder' AND ae."entityId" = ANY (ARRAY(SELECT m.id::text FROM "Reminder" m WHERE m."commitmentId" = c.id)))
            ORDER BY ae.id DESC LIMIT 201) h) AS history
  FROM "Commitment" c JOIN "Report" r ON r.id = c."reportId" JOIN "Section" s ON s.id = c."sectionId"
  LEFT JOIN "Department" d ON d.id = c."leadDepartmentId" LEFT JOIN "User" ru ON ru.id = c."responsibleUserId"
  WHERE c.id = $1`;

/**
 * /review shows three lists, so its floor reads all three in one round trip: the 20 oldest
 * submitted updates with their commitments and how many wait (up to the page's "1000+"); the
 * 20 commitments awaiting
 * verification (earliest deadline first, the app's own condition) and how many; the oldest 200
 * pending change requests and how many; and the departments of the filter. (Until 20:38 the
 * floor read the queue only, though the page had listed the other two since 19:00.)
 */
export function reviewStatement(today: string): Statement {
  const awaiting = awaitingVerificationCondition(today);
  const sql = Prisma.sql`
    SELECT
      (SELECT json_agg(q) FROM (
         SELECT u.id, u."asOf", u."actualValue", u.done, u.percent, u.narrative, u."createdAt", a."displayName" AS author,
                c.id AS "commitmentId", c.indicator, c.kind, c."targetValue", c.unit, c.deadline, d.name AS "leadDepartment"
         FROM "ProgressUpdate" u JOIN "Commitment" c ON c.id = u."commitmentId" JOIN "User" a ON a.id = u."authorId"
         LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
         WHERE u.state = 'SUBMITTED' ORDER BY u."createdAt", u.id LIMIT 20) q) AS queue,
      -- Counted as far as the page says it ("1000+"), as a perfect implementation would.
      (SELECT COUNT(*) FROM (SELECT 1 FROM "ProgressUpdate" WHERE state = 'SUBMITTED' LIMIT ${QUEUE_COUNT_CAP + 1}) w) AS "queueTotal",
      (SELECT json_agg(v) FROM (
         SELECT c.id, c.indicator, c.kind, c.comparator, c."targetValue", c."targetMin", c."targetMax", c.unit, c.deadline, c."latestAsOf",
                d.name AS "leadDepartment",
                (SELECT COUNT(*) FROM "ProgressUpdate" u WHERE u."commitmentId" = c.id AND u.state = 'SUBMITTED') AS "waitingUpdates",
                (SELECT COUNT(*) FROM "ChangeRequest" r WHERE r."commitmentId" = c.id AND r.state = 'PENDING') AS "waitingChanges"
         FROM "Commitment" c LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
         WHERE ${awaiting} ORDER BY c.deadline, c.id LIMIT 20) v) AS awaiting,
      (SELECT COUNT(*) FROM "Commitment" c WHERE ${awaiting}) AS "awaitingTotal",
      (SELECT json_agg(r) FROM (
         SELECT cr.*, c.indicator, rq."displayName" AS requester
         FROM "ChangeRequest" cr JOIN "Commitment" c ON c.id = cr."commitmentId" JOIN "User" rq ON rq.id = cr."requesterId"
         WHERE cr.state = 'PENDING' ORDER BY cr."createdAt", cr.id LIMIT 200) r) AS changes,
      (SELECT COUNT(*) FROM "ChangeRequest" WHERE state = 'PENDING') AS "changesTotal",
      (SELECT json_agg(json_build_object('id', id, 'name', name) ORDER BY id) FROM "Department") AS departments`;
  return { text: sql.text, values: sql.values };
}

/** Submitting: insert within the official's scope (one statement), then the audit event. */
export const SUBMIT_SQL = `
  INSERT INTO "ProgressUpdate" ("commitmentId", "authorId", "asOf", "actualValue", "done", "narrative", "state", "updatedAt")
  SELECT c.id, $2, $3::date, $4::numeric, $5::boolean, $6, 'SUBMITTED', now() FROM "Commitment" c
  WHERE c.id = $1 AND c.status NOT IN ('VERIFIED', 'UNMET', 'WITHDRAWN')
    AND (c."leadDepartmentId" = $7 OR EXISTS (SELECT 1 FROM "CommitmentSupport" s WHERE s."commitmentId" = c.id AND s."departmentId" = $7))
  RETURNING id`;

/** A sheet's rows in one statement: $1 commitment ids, $4 figures, $5 done flags, in step. */
export const BULK_SUBMIT_SQL = `
  INSERT INTO "ProgressUpdate" ("commitmentId", "authorId", "asOf", "actualValue", "done", "narrative", "state", "updatedAt")
  SELECT c.id, $2, $3::date, r.value, r.done, $6, 'SUBMITTED', now()
  FROM unnest($1::int[], $4::numeric[], $5::boolean[]) AS r(id, value, done)
  JOIN "Commitment" c ON c.id = r.id
  WHERE c.status NOT IN ('VERIFIED', 'UNMET', 'WITHDRAWN')
    AND (c."leadDepartmentId" = $7 OR EXISTS (SELECT 1 FROM "CommitmentSupport" s WHERE s."commitmentId" = c.id AND s."departmentId" = $7))
  RETURNING id`;

/**
 * The returned readings a sheet's rows answer (its $1 commitment ids): what the app reads before
 * inserting, one statement per sheet (lib/updates/find-returns-to-answer.ts, my work's rule).
 */
export const BULK_RETURNS_SQL = `
  SELECT u.id, u."commitmentId", u."asOf", u."reviewNote"
  FROM "ProgressUpdate" u JOIN "Commitment" c ON c.id = u."commitmentId"
  WHERE c.id = ANY($1::int[]) AND u."commitmentId" = ANY($1::int[]) AND u.state = 'RETURNED'
    AND c.status NOT IN ('VERIFIED', 'UNMET', 'WITHDRAWN')
    AND ((u."asOf", u.id) > (COALESCE(c."latestAsOf", '-infinity'::date), COALESCE(c."latestUpdateId", 0)) OR u.id > c."latestUpdateId")
    AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" r WHERE r."resubmitsId" = u.id)
    AND NOT EXISTS (SELECT 1 FROM "ProgressUpdate" n WHERE n."commitmentId" = u."commitmentId" AND n."asOf" >= u."asOf"
                    AND n.state = 'SUBMITTED' AND n."createdAt" > u."reviewedAt")`;

export const APPROVE_SQL = `
  UPDATE "ProgressUpdate" SET state = 'APPROVED', "reviewerId" = $2, "reviewedAt" = now(), "updatedAt" = now()
  WHERE id = $1 AND state = 'SUBMITTED' RETURNING "commitmentId", "asOf", "actualValue", percent`;

export const APPLY_LATEST_SQL = `
  UPDATE "Commitment" SET "latestActual" = $2, "latestPercent" = $3, "latestAsOf" = $4, "latestUpdateId" = $5, version = version + 1, "updatedAt" = now()
  WHERE id = $1 AND ("latestAsOf" IS NULL OR ("latestAsOf", "latestUpdateId") <= ($4::date, $5::int))`;

/** The app's audit chain needs a serialised append in every write transaction; so does the floor. */
export const AUDIT_LOCK_SQL = `SELECT pg_advisory_xact_lock(7310112)`;
export const AUDIT_APPEND_SQL = `
  INSERT INTO "AuditEvent" ("actorId", action, entity, "entityId", at, "prevHash", hash)
  SELECT $1, $2, 'ProgressUpdate', $3, now(), prev.hash, md5(coalesce(prev.hash, '') || $3)
  FROM (SELECT (SELECT hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1) AS hash) prev`;

/** One event per update of a sheet, in one statement (each hashed on the chain's head: a floor). */
export const AUDIT_APPEND_MANY_SQL = `
  INSERT INTO "AuditEvent" ("actorId", action, entity, "entityId", at, "prevHash", hash)
  SELECT $1, $2, 'ProgressUpdate', e, now(), prev.hash, md5(coalesce(prev.hash, '') || e)
  FROM unnest($3::text[]) AS e, (SELECT (SELECT hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1) AS hash) prev`;
