import type { Actor } from "@/lib/auth/actor";
import type { MessageKey } from "@/lib/i18n/zh";
import { can, type PermissionAction } from "@/lib/permissions/permissions";

interface NavEntry {
  href: string;
  labelKey: MessageKey;
  permission: PermissionAction;
  /** The entry carries the "my work" count. */
  workBadge?: true;
}

// The shell shows only the places the signed-in user may open.
const NAV: readonly NavEntry[] = [
  { href: "/", labelKey: "nav.home", permission: "report.view" },
  { href: "/dashboard", labelKey: "nav.dashboard", permission: "commitment.view" },
  { href: "/commitments", labelKey: "nav.commitments", permission: "commitment.view" },
  { href: "/reports", labelKey: "nav.reports", permission: "report.view" },
  { href: "/my-work", labelKey: "nav.myWork", permission: "myWork.view", workBadge: true },
  { href: "/bulk-updates", labelKey: "nav.bulkUpdates", permission: "update.submit" },
  { href: "/review", labelKey: "nav.review", permission: "update.review" },
  { href: "/reports/import", labelKey: "nav.import", permission: "report.import" },
  { href: "/admin/users", labelKey: "nav.users", permission: "user.manage" },
  { href: "/admin/departments", labelKey: "nav.departments", permission: "department.manage" },
  { href: "/admin/settings", labelKey: "nav.settings", permission: "settings.manage" },
  { href: "/admin/audit", labelKey: "nav.auditLog", permission: "audit.log" },
];

export function navFor(actor: Actor): { href: string; labelKey: MessageKey; workBadge: boolean }[] {
  return NAV.filter((item) => can(actor, item.permission)).map(({ href, labelKey, workBadge }) => ({ href, labelKey, workBadge: Boolean(workBadge) }));
}
