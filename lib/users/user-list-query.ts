import { z } from "zod";
import { searchParam } from "@/lib/http/search-param";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLES } from "./types";

/**
 * An account's state as the list filters by it: 正常, 已停用, or 待修改密码 (a password an admin
 * chose — a new user's, a reset, the generated first admin's — not yet changed by its owner, whom
 * the admin may have to remind; disabled or not: re-enabled, they must change it first too).
 */
export const USER_STATUSES = ["active", "disabled", "passwordDue"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/**
 * The list's query string: a search text (login name or name), a department, a role, a status
 * and a page; a bad value is no filter (a link from the departments page, `?department=3`).
 */
export const ZUserListQuery = z.object({
  q: searchParam(100),
  department: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(USER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

/** The filters of the query besides its search and page, as the list's links carry them. */
export function userListFilters(query: TUserListQuery): Record<"department" | "role" | "status", string | undefined> {
  return { department: query.department?.toString(), role: query.role, status: query.status };
}

/** The users of a status, as a Prisma `where`. */
export function userStatusWhere(status: UserStatus | undefined): Prisma.UserWhereInput {
  switch (status) {
    case undefined:
      return {};
    case "passwordDue":
      return { mustChangePassword: true };
    default:
      return { disabled: status === "disabled" };
  }
}
