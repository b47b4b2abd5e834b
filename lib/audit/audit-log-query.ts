import { z } from "zod";
import { dayParam, searchParam } from "@/lib/http/search-param";
import type { MessageKey } from "@/lib/i18n/zh";
import { AUDIT_EVENT_KINDS } from "./audit-event-kinds";

/** The kinds of record the log can be filtered by (对象). */
export const SUBJECT_KINDS = ["user", "department", "commitment"] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
/** How long a record's name or number may be that the log is filtered by. */
export const MAX_SUBJECT_TEXT = 100;

/** Text from the URL as it was typed, less NUL characters (PostgreSQL's text cannot hold one); kept whole, so a mistake can be named. */
const rawParam = z
  .string()
  .transform((s) => s.replaceAll("\0", "").trim())
  .optional()
  .catch(undefined)
  .transform((v) => v || undefined);

/**
 * The admin's log (操作日志) filters, read from the URL so a view can be shared: who (login name
 * or name), which kind of event (类别, audit-event-kinds.ts), which action, which days (China
 * time), which record (对象). Anything malformed in the first four is dropped rather than refused, as the commitment list does: a bad link still
 * opens the log. The record is kept as typed and checked by ZAuditSubject: dropped, it would
 * answer "what was done to this account?" with the whole log.
 */
export const ZAuditLogQuery = z.object({
  who: searchParam(100),
  kind: z.enum(AUDIT_EVENT_KINDS).optional().catch(undefined),
  action: z.string().regex(/^[a-zA-Z]+\.[a-zA-Z]+$/).max(60).optional().catch(undefined),
  from: dayParam,
  to: dayParam,
  subjectKind: rawParam,
  subject: rawParam,
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  /** "1": check the whole audit chain and say whether it is intact. */
  verify: z.literal("1").optional().catch(undefined),
  /** A point of the chain written down before ("#1234 3fa9…", chain-anchor.ts), checked with it. */
  anchor: z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined),
})
  // Days typed the wrong way round (from 06-01 to 01-01) mean the days between, as in the list.
  .transform((q) => (q.from && q.to && q.from > q.to ? { ...q, from: q.to, to: q.from } : q));
export type TAuditLogQuery = z.infer<typeof ZAuditLogQuery>;

export function parseAuditLogQuery(params: Record<string, string | string[] | undefined>): TAuditLogQuery {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZAuditLogQuery.parse(flat);
}

/** The filters a view of the log is made of, in the order its address writes them. */
export const AUDIT_LOG_FILTERS = ["who", "kind", "action", "from", "to", "subjectKind", "subject"] as const;

function filterParams(query: Partial<TAuditLogQuery>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of AUDIT_LOG_FILTERS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** The log's address with these filters (defaults and the chain check left out). */
export function auditLogHref(query: Partial<TAuditLogQuery>, page = 1): string {
  const params = filterParams(query);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}

/** The CSV of the log with these filters (all pages). */
export function auditLogExportHref(query: Partial<TAuditLogQuery>): string {
  const text = filterParams(query).toString();
  return text ? `/api/exports/audit-log.csv?${text}` : "/api/exports/audit-log.csv";
}

/** The record filter as typed, checked; the message keys are the reader's words for the mistake. */
const ZAuditSubject = z
  .object({
    subjectKind: z.enum(SUBJECT_KINDS, { error: "auditLog.subject.kindRequired" }),
    subject: z.string().max(MAX_SUBJECT_TEXT, { error: "auditLog.subject.tooLong" }),
  })
  .transform(({ subjectKind, subject }) => ({ kind: subjectKind, text: subject }));

export type AuditSubjectQuery =
  | { kind: SubjectKind; text: string }
  /** A mistake, said at its field. */
  | { field: "subjectKind" | "subject"; key: MessageKey; params?: Record<string, string | number> };

/**
 * The record the log is to be filtered by, or the mistake in asking; null when none is asked for
 * (no text: a type chosen alone narrows nothing, and stays chosen for the next search).
 */
export function parseAuditSubject(query: Pick<TAuditLogQuery, "subjectKind" | "subject">): AuditSubjectQuery | null {
  if (!query.subject) return null;
  const parsed = ZAuditSubject.safeParse(query);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue.path[0] === "subject" ? "subject" : "subjectKind";
  return { field, key: issue.message as MessageKey };
}
