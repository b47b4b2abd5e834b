import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { snapshotCached } from "@/lib/cache/snapshot-cache";

/** One commitment as its detail page shows it, or null when the actor may not see it. */
async function loadGetCommitmentDetail(actor: Actor, commitmentId: number) {
  const commitment = await db.commitment.findFirst({
    where: { AND: [{ id: commitmentId }, commitmentScopeWhere(actor)] },
    include: {
      report: { select: { id: true, title: true, year: true, issuer: true } },
      section: { select: { code: true, title: true } },
      leadDepartment: { select: { id: true, name: true } },
      responsibleUser: { select: { id: true, displayName: true } },
      verifiedBy: { select: { displayName: true, disabled: true } },
      unmetBy: { select: { displayName: true, disabled: true } },
      supporting: { select: { department: { select: { id: true, name: true } } }, orderBy: { departmentId: "asc" } },
    },
  });
  if (!commitment) return null;
  return { ...commitment, sourceParagraph: await sourceParagraph(commitment.reportId, commitment.quoteStart, commitment.quoteEnd) };
}

const WINDOW = 3000;

/**
 * The paragraph (line) of the report holding the quote. Only a window around the quote leaves
 * the database, so a detail page never loads the whole report text.
 */
async function sourceParagraph(reportId: number, start: number, end: number) {
  const from = Math.max(0, start - WINDOW);
  const [row] = await db.$queryRaw<{ before: string; quote: string; after: string }[]>`
    SELECT substr("sourceText", ${from + 1}, ${start - from}) AS before,
           substr("sourceText", ${start + 1}, ${end - start}) AS quote,
           substr("sourceText", ${end + 1}, ${WINDOW}) AS after
    FROM "Report" WHERE id = ${reportId}`;
  if (!row) return null;
  const before = row.before.slice(row.before.lastIndexOf("\n") + 1);
  const newline = row.after.indexOf("\n");
  return { before, quote: row.quote, after: newline < 0 ? row.after : row.after.slice(0, newline) };
}

export const getCommitmentDetail = snapshotCached(loadGetCommitmentDetail, { key: (actor, id) => [actor.role, actor.departmentId, id], max: 500 });
