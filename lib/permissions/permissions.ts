import type { Role } from "@/lib/generated/prisma/enums";

const ALL: readonly Role[] = ["ADMIN", "REVIEWER", "OFFICIAL", "VIEWER"];

/**
 * Who may do what: the one table every page, action and route handler checks. An action missing
 * from this table is denied to everyone (fail-closed). Department ownership for officials is not
 * a role question: it lives in the Prisma `where` (see commitment-scope.ts).
 */
export const PERMISSIONS = {
  "report.view": ALL,
  "report.import": ["ADMIN"],
  /** Deleting a report imported by mistake, before anyone has worked on it. */
  "report.delete": ["ADMIN"],
  /** Correcting a report's title or issuer. */
  "report.update": ["ADMIN"],
  "commitment.view": ALL,
  "commitment.assignOwners": ["ADMIN"],
  /** Withdrawing a commitment (撤销) and restoring one. */
  "commitment.withdraw": ["ADMIN"],
  "update.submit": ["OFFICIAL"],
  "update.review": ["REVIEWER"],
  "commitment.verify": ["REVIEWER"],
  /** Closing a missed target as not delivered (未完成办结): the supervising office's call, as verifying is. */
  "commitment.closeUnmet": ["REVIEWER"],
  /** Taking back a verification or a closing as missed (重新打开). */
  "commitment.reopen": ["REVIEWER"],
  /** Pressing a commitment's departments (催办), and answering it. */
  "reminder.send": ["REVIEWER"],
  "reminder.answer": ["OFFICIAL"],
  "changeRequest.submit": ["OFFICIAL"],
  "changeRequest.review": ["REVIEWER"],
  "myWork.view": ["OFFICIAL", "REVIEWER"],
  "audit.view": ALL,
  /** The whole trail (操作日志): every department's work and every account change. */
  "audit.log": ["ADMIN"],
  "export.download": ALL,
  "user.manage": ["ADMIN"],
  "account.changePassword": ALL,
  "department.manage": ["ADMIN"],
  "settings.manage": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type PermissionAction = keyof typeof PERMISSIONS;

/** Fails closed: no actor, an unknown action, or a role not listed → false. */
export function can(actor: { role: Role } | null | undefined, action: string): boolean {
  if (!actor) return false;
  if (!Object.prototype.hasOwnProperty.call(PERMISSIONS, action)) return false;
  const roles: readonly Role[] = PERMISSIONS[action as PermissionAction];
  return roles.includes(actor.role);
}
