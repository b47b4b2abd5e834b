import { describe, expect, it } from "vitest";
import { listUsers, USERS_PAGE_SIZE, ZUserListQuery } from "@/lib/users/list-users";
import { actorFor, db, department } from "./support";

const list = (query: Partial<ReturnType<typeof ZUserListQuery.parse>>) => listUsers({ q: undefined, page: 1, ...query });

describe("用户管理: the admin's user list filtered by department, role and status", () => {
  it("lists a department's users — every role, the disabled too — and narrows them by role and status", async () => {
    const [dept, other] = [await department(), await department()];
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const gone = await actorFor({ role: "OFFICIAL", departmentId: dept.id, disabled: true });
    const viewer = await actorFor({ role: "VIEWER", departmentId: dept.id });
    await actorFor({ role: "OFFICIAL", departmentId: other.id });
    const ids = async (query: Parameters<typeof list>[0]) => (await list(query)).users.map((u) => u.id).sort((a, b) => a - b);

    expect(await ids({ department: dept.id })).toEqual([official.id, gone.id, viewer.id].sort((a, b) => a - b));
    expect((await list({ department: dept.id })).total).toBe(3);
    expect(await ids({ department: dept.id, role: "OFFICIAL" })).toEqual([official.id, gone.id].sort((a, b) => a - b));
    expect(await ids({ department: dept.id, role: "OFFICIAL", status: "active" })).toEqual([official.id]);
    expect(await ids({ department: dept.id, status: "disabled" })).toEqual([gone.id]);
    // With a search: what matches it among the department's.
    expect(await ids({ department: dept.id, q: viewer.loginName })).toEqual([viewer.id]);
    expect(await ids({ department: other.id, q: viewer.loginName })).toEqual([]);
  });

  it("filters across the whole list by role and status, a page at a time", async () => {
    const dept = await department();
    // More than a page of one department's disabled reviewers: paged like the unfiltered list.
    await db.user.createMany({
      data: Array.from({ length: USERS_PAGE_SIZE + 1 }, (_, i) => ({ loginName: `filter-${dept.id}-${String(i).padStart(3, "0")}`, displayName: `分页${i}`, role: "REVIEWER" as const, departmentId: dept.id, disabled: true, passwordHash: "x" })),
    });
    const first = await list({ department: dept.id, role: "REVIEWER", status: "disabled" });
    expect([first.total, first.pages, first.users.length]).toEqual([USERS_PAGE_SIZE + 1, 2, USERS_PAGE_SIZE]);
    const last = await list({ department: dept.id, role: "REVIEWER", status: "disabled", page: 2 });
    expect(last.users.map((u) => u.loginName)).toEqual([`filter-${dept.id}-${String(USERS_PAGE_SIZE).padStart(3, "0")}`]);
    expect((await list({ department: dept.id, status: "active" })).total).toBe(0);
    const disabled = await list({ status: "disabled", page: 1 });
    expect(disabled.users.every((u) => u.disabled)).toBe(true);
    const admins = await list({ role: "ADMIN" });
    expect(admins.total).toBeGreaterThan(0);
    expect(admins.users.every((u) => u.role === "ADMIN")).toBe(true);
  });

  it("reads the filters from the URL, a bad value being no filter", () => {
    expect(ZUserListQuery.parse({ department: "12", role: "OFFICIAL", status: "disabled", page: "2" })).toEqual({ department: 12, role: "OFFICIAL", status: "disabled", page: 2, q: undefined });
    expect(ZUserListQuery.parse({ department: "", role: "KING", status: "gone" })).toEqual({ page: 1, q: undefined, department: undefined, role: undefined, status: undefined });
    expect(ZUserListQuery.parse({ department: "0" }).department).toBeUndefined();
    expect(ZUserListQuery.parse({ department: "3abc" }).department).toBeUndefined();
    expect(ZUserListQuery.parse({ department: ["3", "4"] }).department).toBeUndefined();
  });
});
