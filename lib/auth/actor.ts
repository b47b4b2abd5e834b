import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user as every use case sees it: loaded fresh from the database per request. */
export interface Actor {
  id: number;
  loginName: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  /** For display only (the app shell); set by `loadActor`, absent on actors built elsewhere. */
  departmentName?: string | null;
}
