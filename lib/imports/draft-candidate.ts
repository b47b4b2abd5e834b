import type { ExtractedCommitment } from "@/lib/extract";
import { toNewCommitment } from "@/lib/reports/from-extraction";
import type { TImportCandidate } from "./types";

/**
 * A draft candidate: the extractor's finding with its suggested owner resolved, plus a key, and the
 * occasion its deadline names (牡丹文化节前), for the review to ask the day.
 */
export function toDraftCandidate(c: ExtractedCommitment, index: number, departmentIdByName: Map<string, number>): TImportCandidate {
  return { key: `c${index + 1}`, ...toNewCommitment(c, departmentIdByName), deadlineSetByAdmin: false, deadlineOccasion: c.deadlineOccasion };
}
