import "server-only";
import { db } from "@/lib/db";
import { similarTo } from "./find-similar-reports";

/**
 * The other imports still waiting for review that this draft may be a copy of, by the rule the
 * imported reports are named by (findSimilarReports): the same text twice is refused when the
 * second import starts (draftExists), one a character apart is not, and both accepted would make
 * every commitment twice.
 */
export function findSimilarDrafts(draft: { id: number; year: number; issuer: string; title: string }) {
  return db.importDraft.findMany({
    where: { ...similarTo(draft), id: { not: draft.id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, issuer: true, year: true, createdAt: true },
  });
}
