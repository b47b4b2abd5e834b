import type { Role } from "@/lib/generated/prisma/enums";

/**
 * One demo user per role (DEMO=1, and always in tests). The passwords are documented in the
 * README: demo accounts are for trying Duban out, never for a real deployment.
 */
export interface DemoUser {
  loginName: string;
  displayName: string;
  role: Role;
  password: string;
  /** Department code (see lib/departments/luoyang-departments.ts), for officials. */
  departmentCode?: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { loginName: "reviewer", displayName: "督查室 审核员", role: "REVIEWER", password: "Duban-Reviewer-2023" },
  { loginName: "official.drc", displayName: "发展改革委 经办人", role: "OFFICIAL", password: "Duban-Official-2023", departmentCode: "DRC" },
  { loginName: "official.agri", displayName: "农业农村局 经办人", role: "OFFICIAL", password: "Duban-Official-2023", departmentCode: "AGRI" },
  { loginName: "viewer", displayName: "查看者", role: "VIEWER", password: "Duban-Viewer-2023" },
];
