import type { ExtractedCommitment } from "@/lib/extract";
import type { NewCommitment } from "./save-report";

/** The extractor's commitment with its suggested lead department resolved to an id. */
export function toNewCommitment(c: ExtractedCommitment, departmentIdByName: Map<string, number>): NewCommitment {
  const { quote: _quote, leadDepartment, ...fields } = c;
  return {
    ...fields,
    leadDepartmentId: leadDepartment ? (departmentIdByName.get(leadDepartment) ?? null) : null,
    supportingDepartmentIds: [],
    responsibleUserId: null,
  };
}
