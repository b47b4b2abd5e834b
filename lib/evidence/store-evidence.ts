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

/**
 * Copies files of a returned update to its resubmission inside the database, so the bytes never
 * travel back through the browser. Only files of `fromUpdateId` are copied.
 */
export async function copyEvidence(tx: Tx, fromUpdateId: number, toUpdateId: number, evidenceIds: number[]) {
  if (evidenceIds.length === 0) return [];
  await tx.$executeRaw`
    INSERT INTO "EvidenceFile" ("updateId", "fileName", "mimeType", "size", "sha256", "data")
    SELECT ${toUpdateId}, "fileName", "mimeType", "size", "sha256", "data" FROM "EvidenceFile"
    WHERE "updateId" = ${fromUpdateId} AND id = ANY(${evidenceIds}::int[]) ORDER BY id`;
  return tx.evidenceFile.findMany({
    where: { updateId: toUpdateId },
    select: { id: true, fileName: true, mimeType: true, size: true, sha256: true },
    orderBy: { id: "asc" },
  });
}
