import "server-only";
import { z } from "zod";
import { searchParam } from "@/lib/http/search-param";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/database/like-text";
import { pageWindow } from "@/lib/database/page-window";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Users per page of the admin's list: a province has about a thousand. */
export const USERS_PAGE_SIZE = 50;

/** The list's query string: a search text (login name or name) and a page; bad values fall back. */
export const ZUserListQuery = z.object({
  q: searchParam(100),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

/** One page of users, by role then login name, matching `q` in the login name or the name. */
export async function listUsers(query: TUserListQuery) {
  const text = query.q ? escapeLike(query.q) : undefined;
  const where: Prisma.UserWhereInput = text
    ? { OR: [{ loginName: { contains: text, mode: "insensitive" } }, { displayName: { contains: text, mode: "insensitive" } }] }
    : {};
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
