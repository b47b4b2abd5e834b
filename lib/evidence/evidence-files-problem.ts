import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "./types";

export type EvidenceFilesProblem = { key: "workflow.evidence.tooMany" } | { key: "workflow.evidence.tooLarge"; name: string };

/**
 * What is wrong with the files chosen for one update — too many with those kept from a returned
 * update, or one too large (named, as a refused type is: the first of them) — or null. Files of
 * no bytes are not counted here (an empty file input still sends one part; a chosen empty file is
 * refused by name when read, read-evidence-files.ts).
 * The form checks it before sending: a request past the server's body limit fails whole,
 * with no answer the form could show. The server checks it again.
 */
export function evidenceFilesProblem(files: { name: string; size: number }[], kept = 0): EvidenceFilesProblem | null {
  const chosen = files.filter((file) => file.size > 0);
  if (chosen.length + kept > MAX_EVIDENCE_FILES) return { key: "workflow.evidence.tooMany" };
  const large = chosen.find((file) => file.size > MAX_EVIDENCE_BYTES);
  if (large) return { key: "workflow.evidence.tooLarge", name: large.name };
  return null;
}
