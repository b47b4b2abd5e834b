import { describe, expect, it } from "vitest";
import { DEPARTMENTS_PAGE_SIZE, listDepartmentPage, ZDepartmentListQuery } from "@/lib/departments/list-department-page";
import { actorFor, db } from "./support";
import { executeAction } from "@/lib/actions/execute-action";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { seedDepartment } from "@/lib/seed/factories";

describe("部门管理: the admin's department list", () => {
  it("finds departments by name or code, whatever the case, with their user counts", async () => {
    const tag = `L${Date.now().toString(36).toUpperCase()}`;
    const byName = await seedDepartment(db, { name: `市查找局${tag}`, code: `A-${tag}` });
    const byCode = await seedDepartment(db, { name: `市另一局${tag}`, code: `B-${tag}` });
    await actorFor({ role: "OFFICIAL", departmentId: byName.id });
    const both = await listDepartmentPage({ q: tag.toLowerCase(), page: 1 });
    expect(both.departments.map((d) => [d.id, d.enabledUsers, d.disabledUsers])).toEqual([
      [byName.id, 1, 0],
      [byCode.id, 0, 0],
    ]);
    expect(both.total).toBe(2);
    expect((await listDepartmentPage({ q: `查找局${tag}`, page: 1 })).departments.map((d) => d.id)).toEqual([byName.id]);
    expect((await listDepartmentPage({ q: `b-${tag}`, page: 1 })).departments.map((d) => d.id)).toEqual([byCode.id]);
  });

  it("counts a disabled official apart from the department's users: of its two officials, one disabled leaves 1 and 1 disabled", async () => {
    const department = await seedDepartment(db);
    const official = await actorFor({ role: "OFFICIAL", departmentId: department.id });
    await actorFor({ role: "OFFICIAL", departmentId: department.id });
    const admin = await actorFor({ role: "ADMIN" });
    const counts = async () => (await listDepartmentPage({ q: department.code, page: 1 })).departments.map((d) => [d.enabledUsers, d.disabledUsers]);
    expect(await counts()).toEqual([[2, 0]]);
    expect(await executeAction(setUserDisabled, admin, { userId: String(official.id), disabled: "true" })).toMatchObject({ ok: true });
    expect(await counts()).toEqual([[1, 1]]);
  });

  it("treats % and _ as text, not wildcards", async () => {
    const tag = `W${Date.now().toString(36).toUpperCase()}`;
    await seedDepartment(db, { name: `市通配局${tag}`, code: `W-${tag}` });
    const literal = await seedDepartment(db, { name: `市通配_局${tag}`, code: `W_${tag}` });
    expect((await listDepartmentPage({ q: `W_${tag}`, page: 1 })).departments.map((d) => d.id)).toEqual([literal.id]);
    expect((await listDepartmentPage({ q: `配_局${tag}`, page: 1 })).departments.map((d) => d.id)).toEqual([literal.id]);
    expect((await listDepartmentPage({ q: `%${tag}`, page: 1 })).total).toBe(0);
    expect((await listDepartmentPage({ q: `W-${tag}`, page: 1 })).total).toBe(1);
  });

  it("lists a page at a time, and a page past the end shows the last one", async () => {
    // Scoped by a tag: other test files add departments to the same database meanwhile.
    const tag = `P${Date.now().toString(36).toUpperCase()}`;
    const count = DEPARTMENTS_PAGE_SIZE + 1;
    await db.department.createMany({ data: Array.from({ length: count }, (_, i) => ({ name: `分页测试${tag}-${i}`, code: `${tag}-${i}` })) });
    const first = await listDepartmentPage({ q: tag, page: 1 });
    expect([first.total, first.pages, first.page, first.departments.length]).toEqual([count, 2, 1, DEPARTMENTS_PAGE_SIZE]);
    const last = await listDepartmentPage({ q: tag, page: 100_000 });
    expect([last.page, last.departments.map((d) => d.code)]).toEqual([2, [`${tag}-${count - 1}`]]);
  });

  it("reads a bad query string as the first page of everything", () => {
    expect(ZDepartmentListQuery.parse({ page: "abc", q: ["a", "b"] })).toEqual({ page: 1, q: undefined });
    expect(ZDepartmentListQuery.parse({ page: "0", q: "  市农业  " })).toEqual({ page: 1, q: "市农业" });
  });
});
