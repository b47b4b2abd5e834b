import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { loadActor } from "@/lib/auth/load-actor";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { createUser } from "@/lib/users/create-user";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/users/list-users";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import type { TUserListQuery } from "@/lib/users/user-list-query";
import { actorFor, db, department } from "./support";

const list = (query: Partial<TUserListQuery>) => listUsers({ q: undefined, page: 1, ...query });

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


  it("lists under 待修改密码 whoever has still to change the password an admin chose, until they do", async () => {
    const dept = await department();
    const admin = await actorFor({ role: "ADMIN" });
    // Created by an admin: due. Their own password: not. Reset by an admin: due again. Disabled
    // with the change due: still due (re-enabled, they change it first).
    const created = await executeAction(createUser, admin, { loginName: `due-${dept.id}`, displayName: "待改 新建", role: "VIEWER", departmentId: String(dept.id), password: "given-by-admin-2023" });
    if (!created.ok) throw new Error(created.message);
    const own = await actorFor({ role: "VIEWER", departmentId: dept.id });
    const reset = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    expect(await executeAction(resetUserPassword, admin, { userId: reset.id, password: "reset-by-admin-2023" })).toMatchObject({ ok: true });
    const gone = await actorFor({ role: "OFFICIAL", departmentId: dept.id, disabled: true, mustChangePassword: true });
    const ids = async (query: Parameters<typeof list>[0]) => (await list(query)).users.map((u) => u.id).sort((a, b) => a - b);

    expect(await ids({ department: dept.id, status: "passwordDue" })).toEqual([created.data.id, reset.id, gone.id].sort((a, b) => a - b));
    expect((await list({ department: dept.id, status: "passwordDue" })).total).toBe(3);
    expect(await ids({ department: dept.id, status: "passwordDue", role: "OFFICIAL" })).toEqual([reset.id, gone.id].sort((a, b) => a - b));
    expect(await ids({ department: dept.id, status: "passwordDue", q: "待改" })).toEqual([created.data.id]);
    // Each row says whether the change is due, whatever the filter.
    const rows = (await list({ department: dept.id })).users;
    expect(Object.fromEntries(rows.map((u) => [u.id, u.mustChangePassword]))).toEqual({ [created.data.id]: true, [own.id]: false, [reset.id]: true, [gone.id]: true });

    // The user's own change takes them off the list.
    const due = await loadActor(reset.id);
    expect(await executeAction(changeOwnPassword, due, { currentPassword: "reset-by-admin-2023", newPassword: "chosen-by-me-2023", confirmPassword: "chosen-by-me-2023" })).toMatchObject({ ok: true });
    expect(await ids({ department: dept.id, status: "passwordDue" })).toEqual([created.data.id, gone.id].sort((a, b) => a - b));
  });
});
