import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES } from "./types";

export type EvidenceFilesProblem = "workflow.evidence.tooMany" | "workflow.evidence.tooLarge";

/**
 * What is wrong with the files chosen for one update — too many with those kept from a returned
 * update, or one too large — or null. Files of no bytes are not counted here (an empty file input
 * still sends one part; a chosen empty file is refused by name when read, read-evidence-files.ts).
 * The form checks it before sending: a request past the server's body limit fails whole,
 * with no answer the form could show. The server checks it again.
 */
export function evidenceFilesProblem(sizes: number[], kept = 0): EvidenceFilesProblem | null {
  const chosen = sizes.filter((size) => size > 0);
  if (chosen.length + kept > MAX_EVIDENCE_FILES) return "workflow.evidence.tooMany";
  if (chosen.some((size) => size > MAX_EVIDENCE_BYTES)) return "workflow.evidence.tooLarge";
  return null;
}
