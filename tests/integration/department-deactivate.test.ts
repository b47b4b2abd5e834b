import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { listDepartmentPage } from "@/lib/departments/list-department-page";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { setDepartmentActive } from "@/lib/departments/set-department-active";
import { seedCommitment } from "@/lib/seed/factories";
import { actorFor, auditEventFor, db, department } from "./support";

describe("停用: an admin deactivates a department", () => {
  it("refuses while it leads or supports open commitments, saying how many, and deactivates once they are moved or closed", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [dept, other] = [await department(), await department()];
    const led = await seedCommitment(db, { leadDepartmentId: dept.id });
    const supported = await seedCommitment(db, { leadDepartmentId: other.id });
    await db.commitmentSupport.create({ data: { commitmentId: supported.id, departmentId: dept.id } });
    // Led and (oddly) supported too: one commitment to move, counted once.
    await db.commitmentSupport.create({ data: { commitmentId: led.id, departmentId: dept.id } });
    const listed = async () => (await listDepartmentPage({ q: dept.code, page: 1 })).departments.filter((d) => d.id === dept.id).map((d) => d.openCommitments);
    // The admin's list says beforehand what a deactivation would be refused for.
    expect(await listed()).toEqual([2]);

    const refused = await executeAction(setDepartmentActive, admin, { departmentId: dept.id, active: "false" });
    expect(refused).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "该部门牵头或配合 2 项未办结目标任务，不能停用。请先在分工中调整这些目标任务（点“未办结目标”一栏的数字可列出它们）。",
    });
    expect((await db.department.findUniqueOrThrow({ where: { id: dept.id } })).active).toBe(true);

    await db.commitment.update({ where: { id: led.id }, data: { leadDepartmentId: other.id } });
    await db.commitmentSupport.delete({ where: { commitmentId_departmentId: { commitmentId: led.id, departmentId: dept.id } } });
    await db.commitment.update({ where: { id: supported.id }, data: { status: "VERIFIED" } });
    expect(await listed()).toEqual([0]);
    // Its people are next: an official left in it could still sign in and report for it.
    const member = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    expect(await executeAction(setDepartmentActive, admin, { departmentId: dept.id, active: "false" })).toMatchObject({
      ok: false,
      message: "该部门还有 1 个启用中的用户，不能停用。请先在用户管理中停用他们，或调整其所属部门。",
    });
    await db.user.update({ where: { id: member.id }, data: { disabled: true } });
    expect(await executeAction(setDepartmentActive, admin, { departmentId: dept.id, active: "false" })).toMatchObject({ ok: true });
    // …and is not enabled back into it.
    expect(await executeAction(setUserDisabled, admin, { userId: String(member.id), disabled: "false" })).toMatchObject({
      ok: false,
      message: "该用户所属部门已停用，不能启用。请先在“编辑”中调整其所属部门，或重新启用该部门。",
    });
    expect((await auditEventFor("department.deactivate", dept.id, { entity: "Department" })).after).toMatchObject({ active: false });
    // Activating again has nothing to check.
    expect(await executeAction(setDepartmentActive, admin, { departmentId: dept.id, active: "true" })).toMatchObject({ ok: true });
  });
});
