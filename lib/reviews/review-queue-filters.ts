import { z } from "zod";

export const REVIEW_PAGE_SIZE = 20;

/** The review queue's filters from the URL; anything malformed is dropped, not refused. */
export const ZReviewQueueFilters = z.object({
  department: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TReviewQueueFilters = z.infer<typeof ZReviewQueueFilters>;

export function parseReviewQueueFilters(params: Record<string, string | string[] | undefined>): TReviewQueueFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZReviewQueueFilters.parse(flat);
}

export function reviewQueueHref(filters: Partial<TReviewQueueFilters>): string {
  const params = new URLSearchParams();
  if (filters.department) params.set("department", String(filters.department));
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return `/review${query ? `?${query}` : ""}`;
}
