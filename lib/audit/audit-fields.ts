import type { MessageKey } from "@/lib/i18n/zh";
import { KIND_LABELS } from "@/lib/commitments/filters";
import { isMessageKey } from "@/lib/i18n/translate";

/** How a field's stored JSON value is written for a reader. */
export type FieldFormat =
  | "text"
  /** A calendar day (@db.Date, stored as midnight UTC): YYYY-MM-DD. */
  | "day"
  /** A figure in the commitment's unit. */
  | "value"
  | "percent"
  | "done"
  | "bool"
  | "department"
  | "departments"
  | "user"
  | "evidence"
  /** A number as it is (a year, a setting), not data in the report's language. */
  | "number"
  /** A number of things: the number itself, or the length of the list it was stored as. */
  | "count"
  /** Words listed (a department's keywords), as the language enumerates them. */
  | "list"
  /** Records by number (a bulk action's commitments): #12、#13. */
  | "ids"
  /** A code as it is (an address), in no language. */
  | "code"
  | { enumLabel: (value: string) => MessageKey | null };

export interface FieldSpec {
  label: MessageKey;
  format: FieldFormat;
}

const COMPARATOR_KEY: Record<string, MessageKey> = {
  AT_LEAST: "import.comparator.>=",
  AT_MOST: "import.comparator.<=",
  EQUAL: "import.comparator.=",
  GROWTH: "import.comparator.growth",
  APPROX: "import.comparator.approx",
  RANGE: "import.comparator.range",
};

const prefixed =
  (prefix: string, known: readonly string[]) =>
  (value: string): MessageKey | null =>
    known.includes(value) ? (`${prefix}${value}` as MessageKey) : null;

const commitmentStatus = (value: string): MessageKey | null =>
  value === "ACTIVE" ? "audit.status.ACTIVE" : prefixed("light.", ["COMPLETED", "VERIFIED", "UNMET", "WITHDRAWN"])(value);
const changeRequestKind = prefixed("workflow.change.kind.", ["EXTEND_DEADLINE", "ADJUST_TARGET"]);
// A commitment's own kind, or the kind of request an official was refused on it.
const commitmentKind = (value: string): MessageKey | null => KIND_LABELS[value as keyof typeof KIND_LABELS] ?? changeRequestKind(value);
/** What a refused action was (action.denied / action.notFound), as define-action names it. */
const attemptedAction = (value: string): MessageKey | null => {
  const key = `audit.attempt.${value}`;
  return isMessageKey(key) ? key : null;
};

/**
 * The fields a reader of the history cares about, in the order they are listed. Per entity where
 * the same name means different things (a change request's state is not an update's).
 */
const COMMON: [string, FieldSpec][] = [
  // What an action refused was, and why a sign-in was refused: said first.
  ["attempted", { label: "auditLog.field.attempted", format: { enumLabel: attemptedAction } }],
  ["refusal", { label: "auditLog.field.refusal", format: { enumLabel: prefixed("auditLog.refusal.", ["password", "unknownName", "disabled"]) } }],
  ["status", { label: "detail.status", format: { enumLabel: commitmentStatus } }],
  ["comparator", { label: "import.comparator", format: { enumLabel: (v) => COMPARATOR_KEY[v] ?? null } }],
  ["indicator", { label: "commitments.indicator", format: "text" }],
  ["deadline", { label: "commitments.deadline", format: "day" }],
  ["originalDeadline", { label: "detail.originalDeadline", format: "day" }],
  ["deadlineStated", { label: "audit.field.deadlineStated", format: "bool" }],
  ["deadlineSetByAdmin", { label: "audit.field.deadlineSetByAdmin", format: "bool" }],
  ["targetValue", { label: "commitments.target", format: "value" }],
  ["targetMin", { label: "audit.field.targetMin", format: "value" }],
  ["targetMax", { label: "audit.field.targetMax", format: "value" }],
  ["originalTargetValue", { label: "audit.field.originalTargetValue", format: "value" }],
  ["originalTargetMin", { label: "audit.field.originalTargetMin", format: "value" }],
  ["originalTargetMax", { label: "audit.field.originalTargetMax", format: "value" }],
  ["unit", { label: "import.unit", format: "text" }],
  ["proposedDeadline", { label: "workflow.change.proposedDeadline", format: "day" }],
  ["proposedValue", { label: "workflow.change.proposedValue", format: "value" }],
  ["proposedMin", { label: "workflow.change.proposedMin", format: "value" }],
  ["proposedMax", { label: "workflow.change.proposedMax", format: "value" }],
  ["asOf", { label: "workflow.update.asOf", format: "day" }],
  ["actualValue", { label: "workflow.update.actual", format: "value" }],
  ["done", { label: "workflow.update.done", format: "done" }],
  ["percent", { label: "audit.field.percent", format: "percent" }],
  ["latestActual", { label: "audit.field.latestActual", format: "value" }],
  ["latestPercent", { label: "audit.field.latestPercent", format: "percent" }],
  ["latestAsOf", { label: "audit.field.latestAsOf", format: "day" }],
  ["leadDepartmentId", { label: "owners.lead", format: "department" }],
  ["supportingDepartmentIds", { label: "owners.supporting", format: "departments" }],
  ["responsibleUserId", { label: "owners.responsible", format: "user" }],
  ["narrative", { label: "workflow.update.narrative", format: "text" }],
  ["reason", { label: "workflow.change.reason", format: "text" }],
  ["withdrawReason", { label: "audit.field.withdrawReason", format: "text" }],
  ["restoreReason", { label: "audit.field.restoreReason", format: "text" }],
  ["reviewNote", { label: "workflow.timeline.reviewNote", format: "text" }],
  ["verifyNote", { label: "workflow.verify.note", format: "text" }],
  ["unmetNote", { label: "workflow.unmet.note", format: "text" }],
  ["reopenReason", { label: "audit.field.reopenReason", format: "text" }],
  ["reminderNote", { label: "reminder.note", format: "text" }],
  ["reminderAnswer", { label: "reminder.answer", format: "text" }],
  ["evidence", { label: "workflow.evidence.title", format: "evidence" }],
  ["role", { label: "users.role", format: { enumLabel: prefixed("role.", ["ADMIN", "REVIEWER", "OFFICIAL", "VIEWER"]) } }],
  ["departmentId", { label: "users.department", format: "department" }],
  // The records a refused action named besides its own (a merge's target, a bulk action's list).
  ["intoId", { label: "audit.field.mergedInto", format: "department" }],
  ["commitmentIds", { label: "auditLog.field.commitmentIds", format: "ids" }],
  ["addSupportingDepartmentIds", { label: "auditLog.field.addSupporting", format: "departments" }],
  ["removeSupportingDepartmentIds", { label: "auditLog.field.removeSupporting", format: "departments" }],
  // Where a sign-in came from, and how long a throttled one was told to wait.
  ["address", { label: "auditLog.field.address", format: "code" }],
  ["waitSeconds", { label: "auditLog.field.waitSeconds", format: "number" }],
];

/** A report as imported, and the draft it was reviewed in. */
const REPORT_FIELDS: [string, FieldSpec][] = [
  ["title", { label: "audit.field.title", format: "text" }],
  ["issuer", { label: "reports.issuer", format: "text" }],
  ["year", { label: "reports.year", format: "number" }],
  ["deliveredOn", { label: "audit.field.deliveredOn", format: "day" }],
  ["candidates", { label: "audit.field.candidates", format: "count" }],
  ["commitments", { label: "audit.field.commitments", format: "count" }],
  ["notAccepted", { label: "audit.field.notAccepted", format: "list" }],
];

const BY_ENTITY: Record<string, [string, FieldSpec][]> = {
  ProgressUpdate: [
    ["state", { label: "detail.status", format: { enumLabel: prefixed("workflow.state.", ["SUBMITTED", "APPROVED", "RETURNED"]) } }],
    ["bulk", { label: "audit.field.bulk", format: "bool" }],
  ],
  ChangeRequest: [
    ["kind", { label: "workflow.change.kind", format: { enumLabel: changeRequestKind } }],
    ["state", { label: "detail.status", format: { enumLabel: prefixed("workflow.change.state.", ["PENDING", "APPROVED", "REFUSED"]) } }],
    ["reviewNote", { label: "workflow.change.note", format: "text" }],
    ["remeasuredPercent", { label: "audit.field.remeasuredPercent", format: "percent" }],
  ],
  Commitment: [
    ["kind", { label: "detail.kind", format: { enumLabel: commitmentKind } }],
    // Owners set, or a closing made, for many at once (the action names which).
    ["bulk", { label: "audit.field.bulkCommitment", format: "bool" }],
    ["mergedFrom", { label: "audit.field.mergedFrom", format: "department" }],
  ],
  // The records the admin's log (操作日志) shows besides commitments.
  User: [
    ["loginName", { label: "users.loginName", format: "text" }],
    ["displayName", { label: "users.displayName", format: "text" }],
    ["disabled", { label: "users.status", format: { enumLabel: (v) => (v === "true" ? "users.disabled" : v === "false" ? "users.active" : null) } }],
  ],
  Department: [
    ["code", { label: "departments.code", format: "text" }],
    ["name", { label: "departments.name", format: "text" }],
    ["active", { label: "users.status", format: { enumLabel: (v) => (v === "true" ? "departments.active" : v === "false" ? "departments.inactive" : null) } }],
    ["keywords", { label: "departments.keywords", format: "list" }],
    ["mergedInto", { label: "audit.field.mergedInto", format: "department" }],
    ["commitments", { label: "audit.field.movedCommitments", format: "number" }],
    ["users", { label: "audit.field.movedUsers", format: "number" }],
  ],
  Report: REPORT_FIELDS,
  ImportDraft: REPORT_FIELDS,
  Setting: [
    ["publicPageEnabled", { label: "audit.field.publicPage", format: "bool" }],
    ["staleAfterDays", { label: "settings.staleAfterDays", format: "number" }],
  ],
};

/**
 * Recorded for the machine, not the reader: ids, lock versions, and who/when fields that repeat
 * the event's own actor and time (reviewerId, reviewedAt, verifiedAt…).
 */
const HIDDEN = new Set([
  "id",
  "version",
  "commitmentId",
  "reportId",
  "sectionId",
  "latestUpdateId",
  "remeasuredUpdateId",
  "changeRequestId",
  "resubmitsId",
  "authorId",
  "requesterId",
  "reviewerId",
  "verifiedById",
  "reviewedAt",
  "verifiedAt",
  "unmetById",
  "answeredAt",
  "closedAt",
  "unmetAt",
  "createdAt",
  "updatedAt",
  "quoteStart",
  "quoteEnd",
  "position",
  "passwordHash",
  "sha256",
  "sessionVersion",
  // A discarded import draft's whole content, and where an import came from.
  "text",
  "sections",
  "sourceHash",
  "createdById",
  "draftId",
  "source",
]);

const ORDER = new Map(COMMON.map(([field], i) => [field, i]));

/** The spec of a field, null when it is hidden; undefined when the field is not known. */
export function fieldSpec(entity: string, field: string): FieldSpec | null | undefined {
  if (HIDDEN.has(field)) return null;
  const own = BY_ENTITY[entity]?.find(([f]) => f === field);
  if (own) return own[1];
  return COMMON.find(([f]) => f === field)?.[1];
}

/**
 * Known fields first in the table's order (what a refusal was, then state and kind lead), then
 * the entity's own in theirs (a user's login name before their status), then unknown ones by name.
 */
export function fieldOrder(field: string, entity = ""): number {
  if (field === "attempted") return -4;
  if (field === "refusal") return -3;
  if (field === "kind") return -2;
  if (field === "state") return -1;
  const common = ORDER.get(field);
  if (common !== undefined) return common;
  const own = BY_ENTITY[entity]?.findIndex(([f]) => f === field) ?? -1;
  return own >= 0 ? COMMON.length + own : Number.MAX_SAFE_INTEGER;
}
