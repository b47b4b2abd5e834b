import "server-only";
import { z } from "zod";
import { searchParam } from "@/lib/http/search-param";
import { db } from "@/lib/db";
import { countOpenCommitments } from "./count-open-commitments";
import { escapeLike } from "@/lib/database/like-text";
import { pageWindow } from "@/lib/database/page-window";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZOpenDepartmentFold } from "./types";

/** Departments per page of the admin's list: a city or province has 40–100, so usually one page. */
export const DEPARTMENTS_PAGE_SIZE = 100;

/** The list's query string: a search text (name or code), a page and a row's form opened; bad values fall back. */
export const ZDepartmentListQuery = z.object({
  q: searchParam(60),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  open: ZOpenDepartmentFold,
});
export type TDepartmentListQuery = z.infer<typeof ZDepartmentListQuery>;

/**
 * One page of departments in the order they were created, matching `q` in the name or the code,
 * each with its users (enabled, and disabled apart: a disabled official no longer works for it),
 * the open commitments it leads or supports, and the words an import recognises it by.
 */
export async function listDepartmentPage(query: TDepartmentListQuery) {
  const text = query.q ? escapeLike(query.q) : undefined;
  const where: Prisma.DepartmentWhereInput = text
    ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { code: { contains: text, mode: "insensitive" } }] }
    : {};
  const total = await db.department.count({ where });
  const { page, pages, skip, take } = pageWindow(total, query.page, DEPARTMENTS_PAGE_SIZE);
  const departments = await db.department.findMany({
    where,
    orderBy: { id: "asc" },
    skip,
    take,
    select: { id: true, code: true, name: true, active: true, keywords: { orderBy: { id: "asc" }, select: { keyword: true } } },
  });
  const ids = departments.map((d) => d.id);
  const [open, users] = await Promise.all([
    countOpenCommitments(db, ids),
    // Enabled users are the ones who keep a department from being deactivated (setDepartmentActive).
    db.user.groupBy({ by: ["departmentId", "disabled"], where: { departmentId: { in: ids } }, _count: { _all: true } }),
  ]);
  const usersOf = (id: number, disabled: boolean) => users.find((g) => g.departmentId === id && g.disabled === disabled)?._count._all ?? 0;
  return {
    departments: departments.map(({ keywords, ...d }) => ({
      ...d,
      keywords: keywords.map((k) => k.keyword),
      openCommitments: open.get(d.id) ?? 0,
      enabledUsers: usersOf(d.id, false),
      disabledUsers: usersOf(d.id, true),
    })),
    total,
    page,
    pages,
  };
}
