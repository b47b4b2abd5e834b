import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { loadActor } from "@/lib/auth/load-actor";
import { renameDepartment } from "@/lib/departments/rename-department";
import { actorFor, auditEventFor, db, department } from "./support";

const tag = () => Math.random().toString(36).slice(2, 8);

describe("重命名: an admin renames a department", () => {
  it("changes the name only, audits before and after, and its members see the new name", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const name = `市数据局${tag()}`;
    const result = await executeAction(renameDepartment, admin, { departmentId: String(dept.id), name: `  ${name} ` });
    expect(result).toMatchObject({ ok: true, data: { id: dept.id, code: dept.code, name } });
    const event = await auditEventFor("department.rename", dept.id, { entity: "Department" });
    expect(event.actorId).toBe(admin.id);
    expect(event.before).toEqual({ id: dept.id, code: dept.code, name: dept.name });
    expect(event.after).toEqual({ id: dept.id, code: dept.code, name });
    expect((await loadActor(official.id))?.departmentName).toBe(name);
    // The same name again changes nothing and writes nothing.
    expect(await executeAction(renameDepartment, admin, { departmentId: dept.id, name })).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: "department.rename", entityId: String(dept.id) } })).toBe(1);
  });

  it("keeps names unique and states the length rule, in Chinese", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [dept, other] = [await department(), await department()];
    const taken = await executeAction(renameDepartment, admin, { departmentId: dept.id, name: other.name });
    expect(taken).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { name: [`部门名称“${other.name}”已被使用。`] } });
    for (const [name, message] of [["", "此项为必填项。"], ["局", "部门名称为 2–60 个字。"], ["局".repeat(61), "部门名称为 2–60 个字。"]] as const) {
      const result = await executeAction(renameDepartment, admin, { departmentId: dept.id, name });
      expect(result).toMatchObject({ ok: false, kind: "invalid" });
      if (!result.ok) expect(result.fieldErrors?.name?.[0]).toBe(message);
    }
    expect(await executeAction(renameDepartment, admin, { departmentId: 999_999_999, name: `无此部门${tag()}` })).toMatchObject({ ok: false, kind: "not_found" });
    expect((await db.department.findUniqueOrThrow({ where: { id: dept.id } })).name).toBe(dept.name);
  });

  it("is refused to every role but admin", async () => {
    const dept = await department();
    for (const role of ["REVIEWER", "OFFICIAL", "VIEWER"] as const) {
      const actor = await actorFor({ role, departmentId: role === "OFFICIAL" ? dept.id : null });
      const result = await executeAction(renameDepartment, actor, { departmentId: dept.id, name: `越权改名${tag()}` });
      expect(result).toMatchObject({ ok: false, kind: "forbidden", message: "您没有执行此操作的权限。" });
    }
    expect((await db.department.findUniqueOrThrow({ where: { id: dept.id } })).name).toBe(dept.name);
  });
});
