import { zh } from "@/lib/i18n/zh";

const PREFIX = "audit.action.";

/**
 * The actions the log can be filtered by: every action the app names (each has its words under
 * audit.action.*; describe-changes.test checks that every written action does).
 */
export const AUDIT_ACTIONS: readonly string[] = Object.keys(zh)
  .filter((key) => key.startsWith(PREFIX))
  .map((key) => key.slice(PREFIX.length));
