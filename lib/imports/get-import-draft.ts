import "server-only";
import { cache } from "react";
import type { ExtractedSection } from "@/lib/extract";
import { db } from "@/lib/db";
import type { TImportCandidate } from "./types";

/** Read once per request: the page and its title both ask (the text runs to megabytes). */
export const getImportDraft = cache(async function getImportDraft(draftId: number) {
  const draft = await db.importDraft.findUnique({
    where: { id: draftId },
    select: { id: true, title: true, issuer: true, year: true, text: true, sourceHash: true, sections: true, candidates: true, createdAt: true },
  });
  if (!draft) return null;
  return {
    ...draft,
    sections: draft.sections as unknown as ExtractedSection[],
    candidates: draft.candidates as unknown as TImportCandidate[],
  };
});

export function listImportDrafts() {
  return db.importDraft.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, issuer: true, year: true, createdAt: true, createdBy: { select: { displayName: true } } },
  });
}
