import type { ExtractedCommitment } from "@/lib/extract";
import type { NewCommitment } from "./save-report";

/** The extractor's commitment with its suggested lead department resolved to an id. */
export function toNewCommitment(c: ExtractedCommitment, departmentIdByName: Map<string, number>): NewCommitment {
  return {
    section: c.section,
    theme: c.theme,
    kind: c.kind,
    start: c.start,
    end: c.end,
    indicator: c.indicator,
    value: c.value,
    min: c.min,
    max: c.max,
    unit: c.unit,
    comparator: c.comparator,
    deadline: c.deadline,
    deadlineStated: c.deadlineStated,
    leadDepartmentId: c.leadDepartment ? (departmentIdByName.get(c.leadDepartment) ?? null) : null,
    supportingDepartmentIds: [],
    responsibleUserId: null,
  };
}
