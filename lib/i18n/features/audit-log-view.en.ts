import type { auditLogViewZh } from "./audit-log-view.zh";

export const auditLogViewEn: Record<keyof typeof auditLogViewZh, string> = {
  "auditLog.eventKind": "Kind",
  "auditLog.eventKind.account": "Accounts and permissions",
  "auditLog.eventKind.signIn": "Sign-ins",
  "auditLog.eventKind.work": "Commitments and their work",
  "auditLog.eventKind.refused": "Refused",
  "auditLog.eventKind.settings": "Settings",
  "auditLog.batch": "{action}: {count} items",
  "auditLog.batch.list": "Show each",
};
