import { z } from "zod";
import { canonicalRedirect } from "@/lib/http/canonical-query";
import { dayParam, searchParam } from "@/lib/http/search-param";
import type { MessageKey } from "@/lib/i18n/zh";
import { STATUS_LIGHTS } from "@/lib/progress/status-light";

export const SORTS = ["position", "deadline", "percent", "indicator", "department"] as const;
export const PAGE_SIZES = [20, 50, 100] as const;
/** The commitments' kinds (a figure to reach, a milestone), as the filter form offers them. */
export const COMMITMENT_KINDS = ["NUMERIC", "MILESTONE"] as const;
/** What each kind is called, in the filter form and the ledger's summary of the filters alike. */
export const KIND_LABELS = { NUMERIC: "import.kind.numeric", MILESTONE: "import.kind.milestone" } as const satisfies Record<(typeof COMMITMENT_KINDS)[number], MessageKey>;
/** The longest search the list reads; its field takes no more. */
export const SEARCH_MAX = 100;

const id = z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);

/**
 * The list's filters, read from the URL so a view can be shared. Anything malformed is dropped
 * rather than refused: a bad link still opens the list. Shared by the list page and the exports.
 */
export const ZCommitmentFilters = z.object({
  report: id,
  section: id,
  department: id,
  /** The responsible official (责任人) by user id: what a departing official still answers for. */
  responsible: id,
  status: z.enum(STATUS_LIGHTS).optional().catch(undefined),
  /** "1": open commitments only (not verified, closed as missed or withdrawn), whatever their light. */
  open: z.literal("1").optional().catch(undefined),
  kind: z.enum(COMMITMENT_KINDS).optional().catch(undefined),
  /** "waiting": a reminder (催办) waits for the departments' answer. */
  reminder: z.literal("waiting").optional().catch(undefined),
  dueFrom: dayParam,
  dueTo: dayParam,
  q: searchParam(SEARCH_MAX),
  sort: z.enum(SORTS).catch("position").default("position"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  size: z.coerce.number().pipe(z.union(PAGE_SIZES.map((n) => z.literal(n)) as [z.ZodLiteral<20>, z.ZodLiteral<50>, z.ZodLiteral<100>])).catch(50).default(50),
})
  // A deadline range typed the wrong way round (自 06-01 至 01-01) means the days between: read so,
  // and the short address shows it put right, rather than an empty list that does not say why.
  .transform((f) => (f.dueFrom && f.dueTo && f.dueFrom > f.dueTo ? { ...f, dueFrom: f.dueTo, dueTo: f.dueFrom } : f));
export type TCommitmentFilters = z.infer<typeof ZCommitmentFilters>;

export function parseCommitmentFilters(params: Record<string, string | string[] | undefined>): TCommitmentFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZCommitmentFilters.parse(flat);
}

/** Whether the filters pick out part of a report's commitments (the report, order and page aside). */
export function isNarrowed(f: TCommitmentFilters): boolean {
  return Boolean(f.section || f.department || f.responsible || f.kind || f.status || f.open || f.reminder || f.dueFrom || f.dueTo || f.q);
}

/** The filters as a query string, without defaults, for links that keep the current view. */
export function filtersToQuery(filters: Partial<TCommitmentFilters>, overrides: Partial<TCommitmentFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === null || value === "") continue;
    if ((key === "sort" && value === "position") || (key === "dir" && value === "asc") || (key === "page" && value === 1) || (key === "size" && value === 50)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The list's own address for what `params` ask (the bulk modes `bulk=1` and `close=1` kept), or null when they already are
 * it. The filter form is a plain GET form, so it sends every field, empty ones and defaults too
 * (`?report=&section=&…&sort=position&dir=asc&size=50`): the page redirects to the short address,
 * which is the one worth bookmarking or sharing. The order of the parameters does not matter.
 */
export function canonicalListQuery(
  params: Record<string, string | string[] | undefined>,
  filters: TCommitmentFilters = parseCommitmentFilters(params),
): string | null {
  const canonical = new URLSearchParams(filtersToQuery(filters));
  for (const mode of ["bulk", "close"]) if (params[mode] === "1") canonical.set(mode, "1");
  const query = canonical.toString();
  return canonicalRedirect(params, query ? `?${query}` : "");
}
