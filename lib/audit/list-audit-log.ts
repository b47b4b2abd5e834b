import "server-only";
import { db } from "@/lib/db";
import { pageWindow } from "@/lib/database/page-window";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HashedAuditFields } from "./audit-hash";
import type { TAuditLogQuery } from "./audit-log-query";
import { auditLogWhere, auditLogWhereSql } from "./audit-log-where";
import type { AuditSubjectFilter } from "./resolve-audit-subject";

/** Events per page of the log. */
export const AUDIT_LOG_PAGE_SIZE = 50;

/** An event of the log: who by name; "system" (null) for the seed and other scripts. */
export interface AuditLogEvent extends Omit<HashedAuditFields, "actorId"> {
  id: string;
  actor: { id: number; loginName: string; displayName: string; disabled: boolean } | null;
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
 * The count of a view, in one statement: its events (the lines of the CSV) and its lines — an
 * event alone, or the first of a batch (FIRST_OF_LINE). A kind's or an action's is read from the
 * index on (action, at, batchId, id) alone.
 */
export function auditLogCountSql(query: TAuditLogQuery, subject: AuditSubjectFilter | null): Prisma.Sql {
  return Prisma.sql`SELECT COUNT(*)::int AS "events", (COUNT(*) FILTER (WHERE e."batchId" IS NULL OR e."batchId" = e."id"))::int AS "lines"
    FROM "AuditEvent" e WHERE ${auditLogWhereSql(query, subject)}`;
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
  const [counted] = await db.$queryRaw<{ events: number; lines: number }[]>(auditLogCountSql(query, subject));
  const { page, pages, skip, take } = pageWindow(subject ? counted.events : counted.lines, query.page, AUDIT_LOG_PAGE_SIZE);
  const rows = await db.auditEvent.findMany({ where: subject ? where : { AND: [where, FIRST_OF_LINE] }, orderBy: { id: "desc" }, skip, take, select: AUDIT_LOG_SELECT });
  const firsts = subject ? [] : rows.filter((e) => e.batchId !== null).map((e) => e.id);
  // The rest of each batch shown: its first, which stands for the line, is read already.
  const rest = firsts.length
    ? await db.auditEvent.findMany({ where: { AND: [where, { batchId: { in: firsts } }, { id: { notIn: firsts } }] }, orderBy: { id: "asc" }, select: AUDIT_LOG_SELECT })
    : [];
  const events = rows.map(plain);
  const batches = new Map<string, AuditLogEvent[]>(subject ? [] : events.filter((e) => e.batchId !== null).map((e) => [e.id, [e]]));
  for (const e of rest) batches.get(String(e.batchId))?.push(plain(e));
  return { events, batches, total: counted.events, page, pages };
}

const plain = <E extends { id: bigint }>(e: E) => ({ ...e, id: e.id.toString() });
