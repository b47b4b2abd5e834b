import { z } from "zod";

export const LEAGUE_SORTS = ["name", "total", "meanPercent", "completed", "overdue", "unmet", "atRisk"] as const;
export type LeagueSort = (typeof LEAGUE_SORTS)[number];

export interface DashboardParams {
  /** The day the dashboard describes; today unless a valid past day was asked for. */
  asOf: string;
  /** True when the URL asked for a day that is not a day or lies in the future. */
  asOfRejected: boolean;
  report: number | undefined;
  sort: LeagueSort;
  dir: "asc" | "desc";
}

const ZParams = z.object({
  asOf: z.iso.date().optional().catch(undefined),
  report: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  sort: z.enum(LEAGUE_SORTS).catch("overdue").default("overdue"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
});

/** The dashboard's URL, read leniently: a bad link still opens today's dashboard. */
export function parseDashboardParams(params: Record<string, string | string[] | undefined>, today: string): DashboardParams {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = ZParams.parse(flat);
  const asked = typeof flat.asOf === "string" && flat.asOf !== "";
  const valid = parsed.asOf !== undefined && parsed.asOf <= today;
  return { asOf: valid ? parsed.asOf! : today, asOfRejected: asked && !valid, report: parsed.report, sort: parsed.sort, dir: parsed.dir };
}
