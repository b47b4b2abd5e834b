import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { createDepartment } from "@/lib/departments/create-department";
import { actorFor, department } from "./support";

const tag = () => Math.random().toString(36).slice(2, 8).toUpperCase();

describe("新建部门: an admin creates a department", () => {
  it("says which of name and code is taken, at that field", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const taken = await department();
    const fresh = { name: `市新建局${tag()}`, code: `NEW-${tag()}` };
    expect(await executeAction(createDepartment, admin, { ...fresh, name: taken.name })).toMatchObject({
      ok: false,
      fieldErrors: { name: [`部门名称“${taken.name}”已被使用。`] },
    });
    expect(await executeAction(createDepartment, admin, { ...fresh, code: taken.code })).toMatchObject({
      ok: false,
      fieldErrors: { code: [`代码“${taken.code}”已被其他部门使用。`] },
    });
    expect(await executeAction(createDepartment, admin, fresh)).toMatchObject({ ok: true, data: fresh });
    // Spaces typed between its characters do not make another name of it.
    const spaced = fresh.name.replace("新建", "新 \u3000建");
    expect(await executeAction(createDepartment, admin, { name: spaced, code: `NEW-${tag()}` })).toMatchObject({
      ok: false,
      fieldErrors: { name: [`部门名称“${fresh.name}”已被使用。`] },
    });
  });

  it("names both when both are taken, and a taken name beside a code the form refuses", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [one, other] = [await department(), await department()];
    expect(await executeAction(createDepartment, admin, { name: one.name, code: other.code.toLowerCase() })).toMatchObject({
      ok: false,
      message: "提交的内容有误，请按提示修改。",
      fieldErrors: { name: [`部门名称“${one.name}”已被使用。`], code: [`代码“${other.code}”已被其他部门使用。`] },
    });
    const badCode = await executeAction(createDepartment, admin, { name: one.name, code: "新代码" });
    expect(badCode).toMatchObject({ ok: false, fieldErrors: { name: [`部门名称“${one.name}”已被使用。`], code: [expect.any(String)] } });
    if (!badCode.ok) expect(badCode.fieldErrors?.code?.[0]).not.toContain("已被");
  });
});
