import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/execute-action";
import { executeAction } from "@/lib/actions/execute-action";
import { updateUser } from "@/lib/users/update-user";
import { runChildInOwnDatabase } from "./run-child-in-own-database";
import { actorFor, auditEventFor, db, department, reportWithCommitments } from "./support";

const edit = (fields: { userId: number; displayName: string; role: string; departmentId?: number | null }) => ({
  ...fields,
  departmentId: fields.departmentId == null ? "" : String(fields.departmentId),
});

describe("编辑: an admin edits a user's name, role and department", () => {
  it("saves the change and audits the user before and after", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const dept = await department();
    const user = await actorFor({ role: "VIEWER" });
    const result = await executeAction(updateUser, admin, edit({ userId: user.id, displayName: " 王小明 ", role: "OFFICIAL", departmentId: dept.id }));
    expect(result).toMatchObject({ ok: true, data: { id: user.id, displayName: "王小明", role: "OFFICIAL", departmentId: dept.id } });
    const event = await auditEventFor("user.update", user.id);
    expect(event.actorId).toBe(admin.id);
    expect(event.before).toEqual({ id: user.id, loginName: user.loginName, displayName: user.displayName, role: "VIEWER", departmentId: null, disabled: false });
    expect(event.after).toEqual({ id: user.id, loginName: user.loginName, displayName: "王小明", role: "OFFICIAL", departmentId: dept.id, disabled: false });
    // Saving the same values again succeeds and changes nothing, so it writes no second event.
    const again = await executeAction(updateUser, admin, edit({ userId: user.id, displayName: "王小明", role: "OFFICIAL", departmentId: dept.id }));
    expect(again).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { action: "user.update", entityId: String(user.id) } })).toBe(1);
  });

  it("applies the rules of creation, in Chinese", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const user = await actorFor({ role: "VIEWER" });
    const noDept = await executeAction(updateUser, admin, edit({ userId: user.id, displayName: "王五", role: "OFFICIAL" }));
    expect(noDept).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { departmentId: ["责任单位经办人必须属于一个部门。"] } });
    const bad = await executeAction(updateUser, admin, { userId: user.id, displayName: "张".repeat(41), role: "KING", departmentId: "" });
    if (bad.ok) throw new Error("accepted");
    expect(bad.fieldErrors?.displayName).toEqual(["姓名最多 40 个字。"]);
    expect(bad.fieldErrors?.role?.[0]).toMatch(/[\u4e00-\u9fff]/);
    const empty = await executeAction(updateUser, admin, edit({ userId: user.id, displayName: "  ", role: "VIEWER" }));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { displayName: ["此项为必填项。"] } });
    const gone = await executeAction(updateUser, admin, edit({ userId: user.id, displayName: "王五", role: "VIEWER", departmentId: 2_000_000_000 }));
    expect(gone).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { departmentId: ["未找到该记录，或您无权访问。"] } });
    expect(await executeAction(updateUser, admin, edit({ userId: 999_999_999, displayName: "无人", role: "VIEWER" }))).toMatchObject({ ok: false, kind: "not_found" });
    expect(await db.auditEvent.count({ where: { action: "user.update", entityId: String(user.id) } })).toBe(0);
  });

  it("does not let an admin change their own role, but lets them change their own name", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const demoteSelf = await executeAction(updateUser, admin, edit({ userId: admin.id, displayName: admin.displayName, role: "VIEWER" }));
    expect(demoteSelf).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "不能修改自己的角色：请由另一位管理员修改，以免系统中没有管理员。",
      fieldErrors: { role: ["不能修改自己的角色：请由另一位管理员修改，以免系统中没有管理员。"] },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
    expect(await executeAction(updateUser, admin, edit({ userId: admin.id, displayName: "新名字", role: "ADMIN" }))).toMatchObject({ ok: true });
  });

  it("keeps an official's role and department while they are responsible for open commitments", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [own, other] = [await department(), await department()];
    const official = await actorFor({ role: "OFFICIAL", departmentId: own.id });
    const { commitments } = await reportWithCommitments([{ indicator: "新增高标准农田", leadDepartmentId: own.id }, { indicator: "新建5G基站", leadDepartmentId: own.id }]);
    await db.commitment.updateMany({ where: { id: { in: commitments.map((c) => c.id) } }, data: { responsibleUserId: official.id } });
    const move = await executeAction(updateUser, admin, edit({ userId: official.id, displayName: official.displayName, role: "OFFICIAL", departmentId: other.id }));
    const message = "该用户是 2 项未办结目标任务的责任人，不能更改其角色或部门。请先为这些目标任务更换或清空责任人。";
    // Said beside the field; the form's answer links to the list of them.
    expect(move).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { departmentId: [message] }, link: { href: `/commitments?responsible=${official.id}&open=1`, label: "查看这 2 项目标任务" } });
    const demote = await executeAction(updateUser, admin, edit({ userId: official.id, displayName: official.displayName, role: "VIEWER", departmentId: own.id }));
    expect(demote).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { role: [message] } });
    // A new name is fine; and once the commitments are closed, the move is too.
    expect(await executeAction(updateUser, admin, edit({ userId: official.id, displayName: "改名", role: "OFFICIAL", departmentId: own.id }))).toMatchObject({ ok: true });
    await db.commitment.updateMany({ where: { id: { in: commitments.map((c) => c.id) } }, data: { status: "WITHDRAWN" } });
    expect(await executeAction(updateUser, admin, edit({ userId: official.id, displayName: "改名", role: "OFFICIAL", departmentId: other.id }))).toMatchObject({ ok: true });
  });
});

describe("the last active admin", () => {
  it("cannot be demoted or disabled, even by two admins taking each other away at the same moment", { timeout: 120_000 }, async () => {
    // A database of its own: in the shared one, other tests' admins are always there.
    const out = await runChildInOwnDatabase<{
      demotions: ActionResult<unknown>[];
      afterDemotions: number;
      disablings: ActionResult<unknown>[];
      afterDisablings: number;
    }>("duban_last_admin", "last-admin.ts");
    expect(out.demotions.filter((r) => r.ok)).toHaveLength(1);
    expect(out.demotions.find((r) => !r.ok)).toMatchObject({ kind: "invalid", fieldErrors: { role: ["这是系统中最后一位启用中的管理员，不能改为其他角色。"] } });
    expect(out.afterDemotions).toBe(1);
    expect(out.disablings.filter((r) => r.ok)).toHaveLength(1);
    expect(out.disablings.find((r) => !r.ok)).toMatchObject({ kind: "invalid", message: "这是系统中最后一位启用中的管理员，不能停用。" });
    expect(out.afterDisablings).toBe(1);
  });
});
