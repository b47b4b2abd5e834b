import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";

/** An evidence file with its bytes, or null when it does not exist or is outside the actor's scope. */
export function getEvidenceDownload(actor: Actor, evidenceId: number) {
  return db.evidenceFile.findFirst({
    where: { id: evidenceId, update: { commitment: commitmentScopeWhere(actor) } },
    select: { fileName: true, mimeType: true, size: true, data: true },
  });
}
