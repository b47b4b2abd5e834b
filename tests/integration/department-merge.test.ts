import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { executeAction } from "@/lib/actions/execute-action";
import { mergeDepartment } from "@/lib/departments/merge-department";
import { mergePreviewKey } from "@/lib/departments/merge-preview";
import { readMergePreview } from "@/lib/departments/read-merge-preview";
import { setDepartmentActive } from "@/lib/departments/set-department-active";
import { sendReminder } from "@/lib/reminders/send-reminder";
import { seedCommitment } from "@/lib/seed/factories";
import { actorFor, db, department } from "./support";

// The preview's route handler reads the session; here the signed-in user is whoever the test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
const { GET } = await import("@/app/api/departments/[departmentId]/merge-preview/route");
const askPreview = (id: number | string) => GET(new Request(`http://localhost/api/departments/${id}/merge-preview`), { params: Promise.resolve({ departmentId: String(id) }) });

/** What the fold shows when it opens, as the form sends it back with the merge. */
const seen = async (departmentId: number) => mergePreviewKey((await readMergePreview(departmentId))!);

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

    const merged = await executeAction(mergeDepartment, admin, { departmentId: String(from.id), intoId: String(into.id), seen: await seen(from.id) });
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

describe("合并部门 into a department nobody reports for: done, and the answer says what now waits there", () => {
  it("names the department merged into, its open work and the 催办 moved with it, when it has no active official after the merge", async () => {
    const [admin, reviewer] = [await actorFor({ role: "ADMIN" }), await actorFor({ role: "REVIEWER" })];
    const [from, into] = [await department(), await department()];
    // A disabled official is nobody to report either.
    await actorFor({ role: "OFFICIAL", departmentId: from.id, disabled: true });
    const led = await seedCommitment(db, { leadDepartmentId: from.id });
    await seedCommitment(db, { leadDepartmentId: into.id });
    expect(await executeAction(sendReminder, reviewer, { commitmentId: led.id, note: "请尽快报送" })).toMatchObject({ ok: true });
    const merged = await executeAction(mergeDepartment, admin, { departmentId: from.id, intoId: into.id, seen: await seen(from.id) });
    expect(merged).toMatchObject({ ok: true, data: { commitments: 1, users: 1, unstaffed: { id: into.id, name: into.name, openCommitments: 2, returned: 0, reminders: 1 } } });
  });

  it("says nothing more when an active official moves with the department, or the one merged into has its own", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [moving, staffedBy] = [await department(), await department()];
    await actorFor({ role: "OFFICIAL", departmentId: moving.id });
    await seedCommitment(db, { leadDepartmentId: moving.id });
    const withOfficial = await executeAction(mergeDepartment, admin, { departmentId: moving.id, intoId: staffedBy.id, seen: await seen(moving.id) });
    expect(withOfficial).toMatchObject({ ok: true, data: { commitments: 1, unstaffed: null } });

    const [unstaffed, staffed] = [await department(), await department()];
    await actorFor({ role: "OFFICIAL", departmentId: staffed.id });
    await seedCommitment(db, { leadDepartmentId: unstaffed.id });
    const intoStaffed = await executeAction(mergeDepartment, admin, { departmentId: unstaffed.id, intoId: staffed.id, seen: await seen(unstaffed.id) });
    expect(intoStaffed).toMatchObject({ ok: true, data: { commitments: 1, unstaffed: null } });
  });
});

describe("合并到… states what will move before anything does, and the merge moves only that", () => {
  beforeEach(() => {
    session.actor = null;
  });

  it("counts what the department leads and supports (open ones apart), its users, keywords and unanswered 催办, for whoever may merge", async () => {
    const [from, other] = [await department(), await department()];
    await actorFor({ role: "OFFICIAL", departmentId: from.id });
    await actorFor({ role: "VIEWER", departmentId: from.id });
    await actorFor({ role: "OFFICIAL", departmentId: from.id, disabled: true });
    const led = await seedCommitment(db, { leadDepartmentId: from.id });
    const closed = await seedCommitment(db, { leadDepartmentId: from.id });
    await db.commitment.update({ where: { id: closed.id }, data: { status: "VERIFIED" } });
    const supported = await seedCommitment(db, { leadDepartmentId: other.id });
    await db.commitmentSupport.create({ data: { commitmentId: supported.id, departmentId: from.id } });
    await seedCommitment(db, { leadDepartmentId: other.id });
    await db.departmentKeyword.createMany({ data: [{ keyword: `预览词甲${from.id}`, departmentId: from.id }, { keyword: `预览词乙${from.id}`, departmentId: from.id }] });
    const reviewer = await actorFor({ role: "REVIEWER" });
    for (const commitmentId of [led.id, supported.id]) expect(await executeAction(sendReminder, reviewer, { commitmentId, note: "请尽快报送" })).toMatchObject({ ok: true });

    const expected = { led: 2, ledOpen: 1, supported: 1, supportedOpen: 1, users: 2, disabledUsers: 1, keywords: 2, reminders: 2 };
    expect(await readMergePreview(from.id)).toEqual(expected);

    // Asked by the fold: the admin only.
    expect((await askPreview(from.id)).status).toBe(401);
    for (const role of ["OFFICIAL", "REVIEWER", "VIEWER"] as const) {
      session.actor = await actorFor({ role, departmentId: role === "OFFICIAL" ? other.id : null });
      expect((await askPreview(from.id)).status).toBe(403);
    }
    session.actor = await actorFor({ role: "ADMIN" });
    const response = await askPreview(from.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ preview: expected });
    expect((await askPreview(999_999_999)).status).toBe(404);
    expect((await askPreview("abc")).status).toBe(404);
  });

  it("refuses a merge, moving nothing, when what would move changed after the admin was shown it, or was never shown", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [from, into] = [await department(), await department()];
    const led = await seedCommitment(db, { leadDepartmentId: from.id });
    const shown = await seen(from.id);
    // Meanwhile, someone joins the department.
    const newcomer = await actorFor({ role: "OFFICIAL", departmentId: from.id });
    const changed = await executeAction(mergeDepartment, admin, { departmentId: from.id, intoId: into.id, seen: shown });
    expect(changed).toMatchObject({ ok: false, kind: "invalid", message: `打开合并以来，${from.name}的目标任务、用户或关键词有了变化，未合并：请核对现在将转入的内容，再确认一次。` });
    expect(await executeAction(mergeDepartment, admin, { departmentId: from.id, intoId: into.id })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "合并前须先核对将转入的内容：请刷新页面，重新打开“合并到…”。",
    });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: led.id } })).leadDepartmentId).toBe(from.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: newcomer.id } })).departmentId).toBe(from.id);
    expect((await db.department.findUniqueOrThrow({ where: { id: from.id } })).active).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "department.merge", entityId: String(from.id) } })).toBe(0);

    // Shown again, it goes through.
    expect(await executeAction(mergeDepartment, admin, { departmentId: from.id, intoId: into.id, seen: await seen(from.id) })).toMatchObject({ ok: true, data: { commitments: 1, users: 1 } });
  });
});
