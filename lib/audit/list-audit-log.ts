import "server-only";
import { en } from "@/lib/i18n/en";
import { zh } from "@/lib/i18n/zh";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/database/like-text";
import { pageWindow } from "@/lib/database/page-window";
import type { Prisma } from "@/lib/generated/prisma/client";
import { addDays } from "@/lib/progress/iso-day";
import { actionsOfKind } from "./audit-event-kinds";
import type { HashedAuditFields } from "./audit-hash";
import type { TAuditLogQuery } from "./audit-log-query";
import type { AuditSubjectFilter } from "./resolve-audit-subject";

/** Events per page of the log. */
export const AUDIT_LOG_PAGE_SIZE = 50;

/** An event of the log: who by name; "system" (null) for the seed and other scripts. */
export interface AuditLogEvent extends Omit<HashedAuditFields, "actorId"> {
  id: string;
  actor: { id: number; loginName: string; displayName: string; disabled: boolean } | null;
}

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

function unnamedActor(who: string): Prisma.AuditEventWhereInput[] {
  const name = who.toLowerCase();
  if (SYSTEM_NAMES.has(name)) return [{ actorId: null, NOT: SIGN_IN }];
  if (ANONYMOUS_NAMES.has(name)) return [{ actorId: null, ...SIGN_IN }];
  return [];
}

/**
 * The log's filters as a Prisma `where`: who did it (login name or name), the kind of event and
 * the action (both may be chosen: an action of another kind finds nothing), the days it happened
 * on in China time, and the records it was about (resolveAuditSubject).
 */
export function auditLogWhere(query: TAuditLogQuery, subject: AuditSubjectFilter | null): Prisma.AuditEventWhereInput {
  const who = query.who ? escapeLike(query.who) : undefined;
  const at: Prisma.DateTimeFilter = {
    ...(query.from ? { gte: chinaDayStart(query.from) } : {}),
    ...(query.to ? { lt: chinaDayStart(addDays(query.to, 1)) } : {}),
  };
  const and: Prisma.AuditEventWhereInput[] = [];
  if (who) {
    and.push({
      OR: [
        { actor: { OR: [{ loginName: { contains: who, mode: "insensitive" } }, { displayName: { contains: who, mode: "insensitive" } }] } },
        // The events no user made, as the log names them, besides any user whose name matches.
        ...unnamedActor(query.who!),
      ],
    });
  }
  // An `action IN (…)`, read from the index on (action, at) where the kind is a small part of the log.
  if (query.kind) and.push({ action: { in: actionsOfKind(query.kind) } });
  // Each arm an index scan on (entity, entityId).
  if (subject) and.push({ OR: subject.filter((r) => r.ids.length > 0).map((r) => ({ entity: r.entity, entityId: { in: r.ids } })) });
  return {
    ...(query.action ? { action: query.action } : {}),
    ...(query.from || query.to ? { at } : {}),
    ...(and.length ? { AND: and } : {}),
  };
}

/** What a line of the log is read from. */
export const AUDIT_LOG_SELECT = {
  id: true,
  action: true,
  entity: true,
  entityId: true,
  before: true,
  after: true,
  at: true,
  batchId: true,
  actor: { select: { id: true, loginName: true, displayName: true, disabled: true } },
} as const satisfies Prisma.AuditEventSelect;

/** An event that stands for its line: written alone, or the first of its batch (AuditEvent.batchId). */
const FIRST_OF_LINE = { OR: [{ batchId: null }, { batchId: { equals: db.auditEvent.fields.id } }] } satisfies Prisma.AuditEventWhereInput;

export interface AuditLogPage {
  /** One per line, newest first: an event written alone, or the first of a batch, which stands for it. */
  events: AuditLogEvent[];
  /** A line's batch by its first event's id: its events that match the filters, in the order written. */
  batches: Map<string, AuditLogEvent[]>;
  /** Events that match (the lines of the CSV). */
  total: number;
  page: number;
  pages: number;
}

/**
 * One page of the whole audit trail, newest first, filtered (auditLogWhere), a bulk action's
 * events as one line (its batch: the owners of 50 commitments set at once). Pages count lines.
 * Filtered by record, every event is its own line: of 50 owners set at once, the one commitment
 * asked about. Every other filter (who, kind, action, days) holds for a whole batch or none of it
 * — one actor, one action, one time — so a line's first event matches exactly when its batch does.
 * Admins only (the page checks): the log names every department's work and every account change.
 */
export async function listAuditLog(query: TAuditLogQuery, subject: AuditSubjectFilter | null = null): Promise<AuditLogPage> {
  const where = auditLogWhere(query, subject);
  const lineWhere = subject ? where : { AND: [where, FIRST_OF_LINE] };
  const [total, lines] = await Promise.all([db.auditEvent.count({ where }), subject ? null : db.auditEvent.count({ where: lineWhere })]);
  const { page, pages, skip, take } = pageWindow(lines ?? total, query.page, AUDIT_LOG_PAGE_SIZE);
  const rows = await db.auditEvent.findMany({ where: lineWhere, orderBy: { id: "desc" }, skip, take, select: AUDIT_LOG_SELECT });
  const firsts = subject ? [] : rows.filter((e) => e.batchId !== null).map((e) => e.id);
  const batched = firsts.length ? await db.auditEvent.findMany({ where: { AND: [where, { batchId: { in: firsts } }] }, orderBy: { id: "asc" }, select: AUDIT_LOG_SELECT }) : [];
  const batches = new Map<string, AuditLogEvent[]>();
  for (const e of batched) {
    const key = String(e.batchId);
    const batch = batches.get(key);
    if (batch) batch.push(plain(e));
    else batches.set(key, [plain(e)]);
  }
  return { events: rows.map(plain), batches, total, page, pages };
}

const plain = <E extends { id: bigint }>(e: E) => ({ ...e, id: e.id.toString() });
