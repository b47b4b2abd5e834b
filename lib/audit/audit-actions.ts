import { AUDIT_ACTION_KINDS } from "./audit-event-kinds";

/**
 * The actions the log can be filtered by: every action the app writes, as the table of kinds
 * lists them — grouped by kind, in the order the kind filter (类别) offers the kinds. Each has its
 * words under audit.action.* (describe-changes.test checks that every written action does).
 */
export const AUDIT_ACTIONS: readonly string[] = Object.keys(AUDIT_ACTION_KINDS);
