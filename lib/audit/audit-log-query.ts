import { z } from "zod";
import { dayParam, searchParam } from "@/lib/http/search-param";

/**
 * The admin's log (操作日志) filters, read from the URL so a view can be shared: who (login name
 * or name), which action, which days (China time). Anything malformed is dropped rather than
 * refused, as the commitment list does: a bad link still opens the log.
 */
export const ZAuditLogQuery = z.object({
  who: searchParam(100),
  action: z.string().regex(/^[a-zA-Z]+\.[a-zA-Z]+$/).max(60).optional().catch(undefined),
  from: dayParam,
  to: dayParam,
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

/** The log's address with these filters (defaults and the chain check left out). */
export function auditLogHref(query: Partial<TAuditLogQuery>, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ["who", "action", "from", "to"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/admin/audit?${text}` : "/admin/audit";
}
