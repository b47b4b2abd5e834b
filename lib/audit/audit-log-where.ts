import { en } from "@/lib/i18n/en";
import { zh } from "@/lib/i18n/zh";
import { containsPattern, escapeLike } from "@/lib/database/like-text";
import { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/progress/iso-day";
import { actionsOfKind } from "./audit-event-kinds";
import type { TAuditLogQuery } from "./audit-log-query";
import type { AuditSubjectFilter } from "./resolve-audit-subject";

// The log's filters in two forms, side by side so they stay one rule: a Prisma `where` for the
// events read (a page, the CSV), and SQL for the count of a view, which counts its events and its
// lines in one statement (Prisma's count cannot count the lines). audit-log-count.test holds the
// two to the same events.

/** The start of a calendar day in China (no daylight saving), as an instant. */
function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * What the log calls events no user made (the first start's seed and import), in either language
 * (detail.system): asked for by that name, they are the ones found. Sign-ins refused are no
 * user's either, but nobody signed in (auditLog.anonymous) is asked for by that name.
 */
const SYSTEM_NAMES = new Set([zh["detail.system"], en["detail.system"].toLowerCase()]);
const ANONYMOUS_NAMES = new Set([zh["auditLog.anonymous"], en["auditLog.anonymous"].toLowerCase()]);
const SIGN_IN = { action: { startsWith: "auth." } } satisfies Prisma.AuditEventWhereInput;

/** Whom a `who` that names no user stands for: nobody, the system, or nobody signed in. */
function unnamedActor(who: string): "system" | "anonymous" | null {
  const name = who.toLowerCase();
  return SYSTEM_NAMES.has(name) ? "system" : ANONYMOUS_NAMES.has(name) ? "anonymous" : null;
}

/** The days asked for, as instants: from the first's start, to before the day after the last. */
function daysAt(query: TAuditLogQuery): { gte?: Date; lt?: Date } {
  return {
    ...(query.from ? { gte: chinaDayStart(query.from) } : {}),
    ...(query.to ? { lt: chinaDayStart(addDays(query.to, 1)) } : {}),
  };
}

/**
 * The log's filters as a Prisma `where`: who did it (login name or name), the kind of event and
 * the action (both may be chosen: an action of another kind finds nothing), the days it happened
 * on in China time, and the records it was about (resolveAuditSubject).
 */
export function auditLogWhere(query: TAuditLogQuery, subject: AuditSubjectFilter | null): Prisma.AuditEventWhereInput {
  const at = daysAt(query);
  const and: Prisma.AuditEventWhereInput[] = [];
  if (query.who) {
    const who = escapeLike(query.who);
    const unnamed = unnamedActor(query.who);
    and.push({
      OR: [
        { actor: { OR: [{ loginName: { contains: who, mode: "insensitive" } }, { displayName: { contains: who, mode: "insensitive" } }] } },
        // The events no user made, as the log names them, besides any user whose name matches.
        ...(unnamed === "system" ? [{ actorId: null, NOT: SIGN_IN }] : unnamed === "anonymous" ? [{ actorId: null, ...SIGN_IN }] : []),
      ],
    });
  }
  // An `action IN (…)`, read from the index on (action, at, …) where the kind is a small part of the log.
  if (query.kind) and.push({ action: { in: actionsOfKind(query.kind) } });
  // Each arm an index scan on (entity, entityId).
  if (subject) and.push({ OR: subject.filter((r) => r.ids.length > 0).map((r) => ({ entity: r.entity, entityId: { in: r.ids } })) });
  return {
    ...(query.action ? { action: query.action } : {}),
    ...(query.from || query.to ? { at } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

/** "at" is stored as UTC without a zone: an instant is compared as its UTC time. */
const utc = (instant: Date) => Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** auditLogWhere as SQL on "AuditEvent" aliased `e`. */
export function auditLogWhereSql(query: TAuditLogQuery, subject: AuditSubjectFilter | null): Prisma.Sql {
  const at = daysAt(query);
  const conditions: Prisma.Sql[] = [];
  if (query.action) conditions.push(Prisma.sql`e."action" = ${query.action}`);
  if (at.gte) conditions.push(Prisma.sql`e."at" >= ${utc(at.gte)}`);
  if (at.lt) conditions.push(Prisma.sql`e."at" < ${utc(at.lt)}`);
  if (query.who) {
    const who = containsPattern(query.who);
    const unnamed = unnamedActor(query.who);
    const named = Prisma.sql`e."actorId" IN (SELECT u."id" FROM "User" u WHERE u."loginName" ILIKE ${who} OR u."displayName" ILIKE ${who})`;
    const signIn = Prisma.sql`e."action" LIKE 'auth.%'`;
    conditions.push(
      unnamed === null
        ? named
        : Prisma.sql`(${named} OR (e."actorId" IS NULL AND ${unnamed === "system" ? Prisma.sql`NOT ${signIn}` : signIn}))`,
    );
  }
  if (query.kind) conditions.push(Prisma.sql`e."action" = ANY(${actionsOfKind(query.kind)}::text[])`);
  if (subject) {
    const arms = subject.filter((r) => r.ids.length > 0).map((r) => Prisma.sql`(e."entity" = ${r.entity} AND e."entityId" = ANY(${r.ids}::text[]))`);
    conditions.push(arms.length ? Prisma.sql`(${Prisma.join(arms, " OR ")})` : Prisma.sql`false`);
  }
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`true`;
}
