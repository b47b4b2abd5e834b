import type { AuditEntry } from "@/lib/audit/write-audit-event";
import { COMPARATOR_TO_DB } from "./comparator-map";
import type { NewCommitment } from "./save-report";

/**
 * The audit event of a commitment created by an import: its target, deadline and owners as
 * they were accepted (the reviewing admin may have changed what the extractor read), so its
 * history starts from what it was created with and every later adjustment has a first "before".
 */
export function commitmentCreatedEvent(id: number, reportId: number, c: NewCommitment): AuditEntry {
  return {
    action: "commitment.create",
    entity: "Commitment",
    entityId: id,
    after: {
      reportId,
      kind: c.kind === "numeric" ? "NUMERIC" : "MILESTONE",
      indicator: c.indicator,
      comparator: c.comparator ? COMPARATOR_TO_DB[c.comparator] : null,
      targetValue: c.value,
      targetMin: c.min,
      targetMax: c.max,
      unit: c.unit,
      deadline: c.deadline,
      deadlineStated: c.deadlineStated,
      // Only when true: the history of a commitment whose day is the report's or the default says nothing more.
      ...(c.deadlineSetByAdmin ? { deadlineSetByAdmin: true } : {}),
      leadDepartmentId: c.leadDepartmentId,
      supportingDepartmentIds: [...new Set(c.supportingDepartmentIds)].filter((d) => d !== c.leadDepartmentId),
      responsibleUserId: c.responsibleUserId,
    },
  };
}
