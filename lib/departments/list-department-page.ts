import "server-only";
import { z } from "zod";
import { searchParam } from "@/lib/http/search-param";
import { db } from "@/lib/db";
import { countOpenCommitments } from "./count-open-commitments";
import { escapeLike } from "@/lib/database/like-text";
import { pageWindow } from "@/lib/database/page-window";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ZOpenDepartmentFold } from "./types";
import { UNSTAFFED_DEPARTMENT } from "./unstaffed-where";

/** Departments per page of the admin's list: a city or province has 40–100, so usually one page. */
export const DEPARTMENTS_PAGE_SIZE = 100;

/**
 * The list's query string: a search text (name or code), `staffing=none` for the departments
 * with open work and no active official, a page and a row's form opened; bad values fall back.
 */
export const ZDepartmentListQuery = z.object({
  q: searchParam(60),
  staffing: z.literal("none").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  open: ZOpenDepartmentFold,
});
export type TDepartmentListQuery = z.infer<typeof ZDepartmentListQuery>;

/**
 * One page of departments in the order they were created, matching `q` in the name or the code,
 * each with its users (enabled, and disabled apart: a disabled official no longer works for it),
 * its active officials, the open commitments it leads or supports, and the words an import
 * recognises it by; and how many departments, whatever the search, have open work and nobody to
 * report on it (`unstaffed`), which the page says above the list.
 */
export async function listDepartmentPage(query: TDepartmentListQuery) {
  const text = query.q ? escapeLike(query.q) : undefined;
  const where: Prisma.DepartmentWhereInput = {
    AND: [
      text ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { code: { contains: text, mode: "insensitive" } }] } : {},
      query.staffing === "none" ? UNSTAFFED_DEPARTMENT : {},
    ],
  };
  const [total, unstaffed] = await Promise.all([db.department.count({ where }), db.department.count({ where: UNSTAFFED_DEPARTMENT })]);
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
    // Enabled users are the ones who keep a department from being deactivated (setDepartmentActive);
    // its active officials the ones who report for it. One aggregate for the page, by role too.
    db.user.groupBy({ by: ["departmentId", "disabled", "role"], where: { departmentId: { in: ids } }, _count: { _all: true } }),
  ]);
  const usersOf = (id: number, disabled: boolean, role?: string) =>
    users.filter((g) => g.departmentId === id && g.disabled === disabled && (role === undefined || g.role === role)).reduce((sum, g) => sum + g._count._all, 0);
  return {
    departments: departments.map(({ keywords, ...d }) => {
      const openCommitments = open.get(d.id) ?? 0;
      const activeOfficials = usersOf(d.id, false, "OFFICIAL");
      return {
        ...d,
        keywords: keywords.map((k) => k.keyword),
        openCommitments,
        enabledUsers: usersOf(d.id, false),
        disabledUsers: usersOf(d.id, true),
        activeOfficials,
        // UNSTAFFED_DEPARTMENT, read off the counts the page has.
        unstaffed: openCommitments > 0 && activeOfficials === 0,
      };
    }),
    total,
    unstaffed,
    page,
    pages,
  };
}
