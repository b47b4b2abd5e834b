import "server-only";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/database/like-text";
import { pageWindow } from "@/lib/database/page-window";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userStatusWhere, type TUserListQuery } from "./user-list-query";

/** Users per page of the admin's list: a province has about a thousand. */
export const USERS_PAGE_SIZE = 50;

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
      userStatusWhere(query.status),
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
      mustChangePassword: true,
      department: { select: { id: true, name: true } },
    },
  });
  return { users, total, page, pages };
}
