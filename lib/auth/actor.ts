import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every use case sees it: loaded fresh from the database per request. */
export interface Actor {
  id: number;
  loginName: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  /**
   * Their password was chosen by an admin (a new account, a reset) and they have not changed it
   * yet: every page leads to 修改密码 and every action but that one is refused until they do.
   */
  mustChangePassword: boolean;
  /** For display only (the app shell); set by `loadActor`, absent on actors built elsewhere. */
  departmentName?: string | null;
}
