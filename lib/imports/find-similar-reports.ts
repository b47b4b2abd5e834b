import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What every government calls its report (洛阳's of 2023 and the State Council's both): two reports
 * of one year under it are no more alike than their issuers, so only a title that says more counts.
 */
const GENERIC_TITLE = "政府工作报告";

/** The order similar reports are named in, here and where an import is accepted: newest first. */
export const NEWEST_IMPORTED_FIRST = [{ importedAt: "desc" }, { id: "desc" }] satisfies Prisma.ReportOrderByWithRelationInput[];

/**
 * The reports already imported that this draft may be a copy of: of its year, by its issuer or
 * under its title. A copy of the very text is refused when the import starts (by its hash); one a
 * character apart (a space, a typo put right) is not, and would make every commitment twice. So
 * these are said on the review, not refused: a corrected re-import is legitimate, the admin then
 * deletes the old report.
 */
export function findSimilarReports(draft: { year: number; issuer: string; title: string }) {
  return db.report.findMany({
    where: similarTo(draft),
    orderBy: NEWEST_IMPORTED_FIRST,
    select: { id: true, title: true, issuer: true, year: true, importedAt: true, _count: { select: { commitments: true } } },
  });
}

/**
 * Of the draft's year, by its issuer or under its title (unless the title is only 政府工作报告):
 * what a report or another draft must share with it to be named as one it may copy.
 */
export function similarTo(draft: { year: number; issuer: string; title: string }) {
  const title = draft.title.trim();
  const sameTitle = title.replace(/\s+/g, "") === GENERIC_TITLE ? [] : [{ title }];
  return { year: draft.year, OR: [{ issuer: draft.issuer.trim() }, ...sameTitle] };
}

/** Advisory-lock class of accepting an import (beside starting one's, 7_310_114). */
const SIMILAR_IMPORT_LOCK = 7_310_116;

/**
 * Holds, until the transaction ends, what makes a report similar to the draft (similarTo: its year
 * with its issuer, and with its title unless generic). Two similar drafts accepted at once would
 * each find the other not yet imported, and both be stored without the question; under it the
 * second waits, then finds the first. Taken in one order, so two accepts sharing two keys cannot
 * each hold one and wait for the other.
 */
export async function lockSimilar(tx: Tx, draft: { year: number; issuer: string; title: string }) {
  const { year, OR } = similarTo(draft);
  const keys = OR.map((o) => ("issuer" in o ? `issuer ${year} ${o.issuer}` : `title ${year} ${o.title}`));
  await tx.$executeRaw`
    SELECT count(pg_advisory_xact_lock(${SIMILAR_IMPORT_LOCK}::int, s.k))
    FROM (SELECT DISTINCT hashtext(key) AS k FROM unnest(${keys}::text[]) AS key ORDER BY k) s`;
}
