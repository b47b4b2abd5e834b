import type { ExtractedCommitment } from "@/lib/extract";
import type { NewCommitment } from "./save-report";

/**
 * The extractor's commitment with its suggested lead department resolved to an id. The occasion a
 * deadline names is for the import's review to ask about (draft-candidate.ts); it is not stored.
 */
export function toNewCommitment(c: ExtractedCommitment, departmentIdByName: Map<string, number>): NewCommitment {
  const { quote: _quote, leadDepartment, deadlineOccasion: _occasion, ...fields } = c;
  return {
    ...fields,
    leadDepartmentId: leadDepartment ? (departmentIdByName.get(leadDepartment) ?? null) : null,
    supportingDepartmentIds: [],
    responsibleUserId: null,
  };
}
