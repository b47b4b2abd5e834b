import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { mergeDepartment } from "@/lib/departments/merge-department";
import { setDepartmentActive } from "@/lib/departments/set-department-active";
import { seedCommitment } from "@/lib/seed/factories";
import { actorFor, db, department } from "./support";

const owners = async (id: number) => {
  const c = await db.commitment.findUniqueOrThrow({ where: { id }, include: { supporting: { orderBy: { departmentId: "asc" } } } });
  return { lead: c.leadDepartmentId, supporting: c.supporting.map((s) => s.departmentId), responsible: c.responsibleUserId };
};

describe("合并部门: an admin merges a department into another (机构改革)", () => {
  it("moves what it leads and supports, its people and keywords, deactivates it, and audits each move", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [from, into, third] = [await department(), await department(), await department()];
    const official = await actorFor({ role: "OFFICIAL", departmentId: from.id });
    const led = await seedCommitment(db, { leadDepartmentId: from.id });
    await db.commitment.update({ where: { id: led.id }, data: { responsibleUserId: official.id } });
    // Led by `from` and supported by `into`: `into` leads it now, and no longer supports it.
    const ledWithInto = await seedCommitment(db, { leadDepartmentId: from.id });
    await db.commitmentSupport.create({ data: { commitmentId: ledWithInto.id, departmentId: into.id } });
    // Supported by `from` only: `into` takes its place.
    const supported = await seedCommitment(db, { leadDepartmentId: third.id });
    await db.commitmentSupport.create({ data: { commitmentId: supported.id, departmentId: from.id } });
    // Supported by both, or led by `into`: `from`'s place goes.
    const both = await seedCommitment(db, { leadDepartmentId: third.id });
    await db.commitmentSupport.createMany({ data: [{ commitmentId: both.id, departmentId: from.id }, { commitmentId: both.id, departmentId: into.id }] });
    const ledByInto = await seedCommitment(db, { leadDepartmentId: into.id });
    await db.commitmentSupport.create({ data: { commitmentId: ledByInto.id, departmentId: from.id } });
    const untouched = await seedCommitment(db, { leadDepartmentId: third.id });
    const keyword = `合并关键词${from.id}`;
    await db.departmentKeyword.create({ data: { keyword, departmentId: from.id } });

    const merged = await executeAction(mergeDepartment, admin, { departmentId: String(from.id), intoId: String(into.id) });
    expect(merged).toMatchObject({ ok: true, data: { name: from.name, into: into.name, commitments: 5, users: 1 } });

    expect(await owners(led.id)).toEqual({ lead: into.id, supporting: [], responsible: official.id });
    expect(await owners(ledWithInto.id)).toEqual({ lead: into.id, supporting: [], responsible: null });
    expect(await owners(supported.id)).toEqual({ lead: third.id, supporting: [into.id], responsible: null });
    expect(await owners(both.id)).toEqual({ lead: third.id, supporting: [into.id], responsible: null });
    expect(await owners(ledByInto.id)).toEqual({ lead: into.id, supporting: [], responsible: null });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: untouched.id } })).version).toBe(untouched.version);
    expect((await db.user.findUniqueOrThrow({ where: { id: official.id } })).departmentId).toBe(into.id);
    expect((await db.departmentKeyword.findUniqueOrThrow({ where: { keyword } })).departmentId).toBe(into.id);
    expect((await db.department.findUniqueOrThrow({ where: { id: from.id } })).active).toBe(false);

    const events = await db.auditEvent.findMany({ where: { OR: [{ entity: "Department", entityId: String(from.id) }, { action: "commitment.assignOwners", entityId: String(led.id) }, { action: "user.update", entityId: String(official.id) }] }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["commitment.assignOwners", "user.update", "department.merge"]);
    expect(events[0].after).toMatchObject({ leadDepartmentId: into.id, mergedFrom: from.id });
    expect(events[2].after).toMatchObject({ active: false, mergedInto: into.id, commitments: 5, users: 1 });
    // Nothing is left to keep it from staying deactivated.
    expect(await executeAction(setDepartmentActive, admin, { departmentId: from.id, active: "false" })).toMatchObject({ ok: true });
  });

  it("refuses a merge into itself, into a deactivated department, or into none, and writes nothing", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [from, closed] = [await department(), await department()];
    const led = await seedCommitment(db, { leadDepartmentId: from.id });
    await db.department.update({ where: { id: closed.id }, data: { active: false } });
    expect(await executeAction(mergeDepartment, admin, { departmentId: from.id, intoId: from.id })).toMatchObject({ ok: false, fieldErrors: { intoId: ["不能把部门并入它自己，请选择另一个部门。"] } });
    expect(await executeAction(mergeDepartment, admin, { departmentId: from.id, intoId: closed.id })).toMatchObject({ ok: false, fieldErrors: { intoId: [`“${closed.name}”已停用，不能并入停用的部门。`] } });
    expect(await executeAction(mergeDepartment, admin, { departmentId: from.id, intoId: "" })).toMatchObject({ ok: false, fieldErrors: { intoId: ["请选择要并入的部门。"] } });
    expect(await executeAction(mergeDepartment, admin, { departmentId: from.id, intoId: 999_999_999 })).toMatchObject({ ok: false, fieldErrors: { intoId: ["所选的部门已不存在，请刷新页面后重选。"] } });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: led.id } })).leadDepartmentId).toBe(from.id);
    expect((await db.department.findUniqueOrThrow({ where: { id: from.id } })).active).toBe(true);
    // Not an admin's? Not allowed.
    const reviewer = await actorFor({ role: "REVIEWER" });
    expect(await executeAction(mergeDepartment, reviewer, { departmentId: from.id, intoId: closed.id })).toMatchObject({ ok: false, kind: "forbidden" });
  });
});
