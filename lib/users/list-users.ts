import "server-only";
import { z } from "zod";
import { searchParam } from "@/lib/http/search-param";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/database/like-text";
import { pageWindow } from "@/lib/database/page-window";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROLES } from "./types";

/** Users per page of the admin's list: a province has about a thousand. */
export const USERS_PAGE_SIZE = 50;

/** An account's state as the list filters by it: 正常 or 已停用. */
export const USER_STATUSES = ["active", "disabled"] as const;

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

/**
 * One page of users, by role then login name, matching `q` in the login name or the name, of the
 * department, role and status chosen.
 */
export async function listUsers(query: TUserListQuery) {
  const text = query.q ? escapeLike(query.q) : undefined;
  const where: Prisma.UserWhereInput = {
    AND: [
      text ? { OR: [{ loginName: { contains: text, mode: "insensitive" } }, { displayName: { contains: text, mode: "insensitive" } }] } : {},
      query.department !== undefined ? { departmentId: query.department } : {},
      query.role !== undefined ? { role: query.role } : {},
      query.status !== undefined ? { disabled: query.status === "disabled" } : {},
    ],
  };
  const total = await db.user.count({ where });
  const { page, pages, skip, take } = pageWindow(total, query.page, USERS_PAGE_SIZE);
  const users = await db.user.findMany({
    where,
    orderBy: [{ role: "asc" }, { loginName: "asc" }],
    skip,
    take,
    select: {
      id: true,
      loginName: true,
      displayName: true,
      role: true,
      disabled: true,
      department: { select: { id: true, name: true } },
    },
  });
  return { users, total, page, pages };
}
