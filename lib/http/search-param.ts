import { z } from "zod";

/**
 * A search typed into a list's filter, read from the URL: trimmed, at most `max` characters, and
 * without NUL characters (PostgreSQL's text cannot hold one, so a search for it failed the whole
 * page). Empty or malformed means no search: a bad link still opens the list.
 */
export function searchParam(max: number) {
  return z
    .string()
    .transform((s) => s.replaceAll("\0", "").trim())
    .pipe(z.string().max(max))
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);
}

/**
 * A day of a filter read from the URL (YYYY-MM-DD), from 1900 on: earlier days name nothing the
 * app holds, and year 1 moved to UTC (for China's day start) is no longer a date PostgreSQL
 * reads. Malformed means none.
 */
export const dayParam = z.iso.date().refine((day) => day >= "1900-01-01").optional().catch(undefined);
