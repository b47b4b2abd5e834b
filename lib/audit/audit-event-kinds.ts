/**
 * The kinds of event the admin's log is filtered by (类别, `kind=` in its URL): what the 督查
 * office asks for — accounts and who may do what, sign-ins, the work tracked, what was refused —
 * instead of one action at a time, so the sign-ins that swamp the log can be left out.
 */
export const AUDIT_EVENT_KINDS = ["account", "signIn", "work", "refused", "settings"] as const;
export type AuditEventKind = (typeof AUDIT_EVENT_KINDS)[number];

/**
 * Every action the app writes, with its one kind. A new action without a row here fails
 * audit-event-kinds.test (it checks the actions the code writes), so no event falls outside
 * every kind.
 */
export const AUDIT_ACTION_KINDS = {
  // 账号与权限: accounts, passwords, roles and the departments people belong to.
  "user.create": "account",
  "user.update": "account",
  "user.resetPassword": "account",
  "user.changePassword": "account",
  "user.disable": "account",
  "user.enable": "account",
  "department.create": "account",
  "department.rename": "account",
  "department.keywords": "account",
  "department.activate": "account",
  "department.deactivate": "account",
  "department.merge": "account",
  // 登录: signing in and out, and a password tried and refused (a wrong current password is
  // throttled and guessed at as a sign-in is).
  "auth.signIn": "signIn",
  "auth.signInFailed": "signIn",
  "auth.signInThrottled": "signIn",
  "auth.signOut": "signIn",
  "auth.passwordChangeFailed": "signIn",
  "auth.passwordChangeThrottled": "signIn",
  // 督办事项: reports and their import, owners, updates and their review, change requests,
  // reminders, verifications and closings.
  "report.import": "work",
  "report.update": "work",
  "report.delete": "work",
  "import.start": "work",
  "import.discard": "work",
  "commitment.create": "work",
  "commitment.delete": "work",
  "commitment.assignOwners": "work",
  "commitment.extendDeadline": "work",
  "commitment.adjustTarget": "work",
  "commitment.latestFigures": "work",
  "commitment.verify": "work",
  "commitment.closeUnmet": "work",
  "commitment.reopen": "work",
  "commitment.withdraw": "work",
  "commitment.restore": "work",
  "update.submit": "work",
  "update.resubmit": "work",
  "update.approve": "work",
  "update.return": "work",
  "update.revoke": "work",
  "update.remeasure": "work",
  "changeRequest.submit": "work",
  "changeRequest.approve": "work",
  "changeRequest.refuse": "work",
  "reminder.send": "work",
  "reminder.answer": "work",
  "reminder.close": "work",
  // 拒绝的操作: an action, a page or a download refused to someone signed in.
  "action.denied": "refused",
  "action.notFound": "refused",
  "access.denied": "refused",
  "access.notFound": "refused",
  // 系统设置
  "settings.update": "settings",
} as const satisfies Record<string, AuditEventKind>;

/** The actions of a kind, for the log's `action IN (…)`. */
export function actionsOfKind(kind: AuditEventKind): string[] {
  return Object.entries(AUDIT_ACTION_KINDS)
    .filter(([, k]) => k === kind)
    .map(([action]) => action);
}
