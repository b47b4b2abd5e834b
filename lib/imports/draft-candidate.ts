import type { ExtractedCommitment } from "@/lib/extract";
import type { TImportCandidate } from "./types";

/** A draft candidate: the extractor's finding with its suggested owner resolved, plus a key. */
export function toDraftCandidate(c: ExtractedCommitment, index: number, departmentIdByName: Map<string, number>): TImportCandidate {
  return {
    key: `c${index + 1}`,
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
