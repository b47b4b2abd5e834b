import "server-only";
import type { Tx } from "@/lib/db";
import type { PreparedEvidence } from "./prepare-evidence";

/** Saves the files of an update; returns what the audit trail records (never the bytes). */
export async function storeEvidence(tx: Tx, updateId: number, files: PreparedEvidence[]) {
  const stored = [];
  for (const file of files) {
    stored.push(
      await tx.evidenceFile.create({
        data: { updateId, ...file },
        select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
      }),
    );
  }
  return stored;
}

/** Files of a returned update (`from`) its resubmission (`to`) keeps. */
export interface EvidenceCopy {
  fromUpdateId: number;
  toUpdateId: number;
  evidenceIds: readonly number[];
}

/** A file as the audit trail records it, with the update it now belongs to. */
export interface CopiedEvidence {
  updateId: number;
  id: number;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/**
 * Copies files of returned updates to their resubmissions inside the database, so the bytes never
 * travel back through the browser: one statement for a form's resubmission or a whole sheet's.
 * Only files of each copy's `fromUpdateId` are copied, whatever ids are asked for.
 */
export async function copyEvidence(tx: Tx, copies: readonly EvidenceCopy[]): Promise<CopiedEvidence[]> {
  const asked = copies.filter((c) => c.evidenceIds.length > 0);
  if (asked.length === 0) return [];
  const copied = await tx.$queryRaw<CopiedEvidence[]>`
    INSERT INTO "EvidenceFile" ("updateId", "fileName", "mimeType", "size", "sha256", "data")
    SELECT p.to_id, e."fileName", e."mimeType", e."size", e."sha256", e."data"
    FROM unnest(${asked.map((c) => c.fromUpdateId)}::int[], ${asked.map((c) => c.toUpdateId)}::int[]) AS p(from_id, to_id)
    JOIN "EvidenceFile" e ON e."updateId" = p.from_id
    WHERE e.id = ANY(${asked.flatMap((c) => c.evidenceIds)}::int[])
    ORDER BY p.to_id, e.id
    RETURNING "updateId", id, "fileName", "mimeType", "size", "sha256"`;
  return copied.sort((a, b) => a.id - b.id);
}
