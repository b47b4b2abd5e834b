import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { listDepartmentPage } from "@/lib/departments/list-department-page";
import { withUnstaffedNote } from "@/lib/departments/unstaffed-note";
import { seedDepartment } from "@/lib/seed/factories";
import { fillSentence } from "@/lib/i18n/sentence";
import { translator } from "@/lib/i18n/translate";
import { sendReminder } from "@/lib/reminders/send-reminder";
import { returnUpdate } from "@/lib/reviews/return-update";
import { submitUpdate } from "@/lib/updates/submit-update";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { updateUser } from "@/lib/users/update-user";
import { actorFor, db, department, reportWithCommitments } from "./support";

const t = translator("zh");
const move = (userId: number, displayName: string, role: string, departmentId: number | null) => ({ userId, displayName, role, departmentId: departmentId === null ? "" : String(departmentId) });

/**
 * A department like 市农业农村局 in the QA walk: one official, open commitments it leads and
 * supports, a reading returned to it and a 催办 it has not answered.
 */
async function departmentWithWork() {
  const [dept, other, elsewhere] = [await department(), await department(), await department()];
  const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
  const { commitments } = await reportWithCommitments([
    { indicator: "新增高标准农田", leadDepartmentId: dept.id },
    { indicator: "粮食播种面积", leadDepartmentId: dept.id },
    { indicator: "农村道路", leadDepartmentId: other.id, supportingDepartmentIds: [dept.id] },
    // Closed, and another department's: not its open work.
    { indicator: "已核验的指标", leadDepartmentId: dept.id },
    { indicator: "别人的指标", leadDepartmentId: elsewhere.id },
  ]);
  await db.commitment.update({ where: { id: commitments[3].id }, data: { status: "VERIFIED" } });
  const reviewer = await actorFor({ role: "REVIEWER" });
  const submitted = await executeAction(submitUpdate, official, { commitmentId: commitments[0].id, asOf: "2023-06-30", actualValue: "40", narrative: "上半年进展" });
  if (!submitted.ok) throw new Error(submitted.message);
  const update = await db.progressUpdate.findFirstOrThrow({ where: { commitmentId: commitments[0].id } });
  expect(await executeAction(returnUpdate, reviewer, { updateId: update.id, note: "请附证明材料" })).toMatchObject({ ok: true });
  expect(await executeAction(sendReminder, reviewer, { commitmentId: commitments[2].id, note: "请尽快报送" })).toMatchObject({ ok: true });
  return { dept, other, official, commitments };
}

describe("an official who leaves their department's last: allowed, and the answer says who is left to do its work", () => {
  it("moving the only official away names the department, its open commitments, the return and the 催办 nobody there can answer now", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const { dept, other, official } = await departmentWithWork();
    const moved = await executeAction(updateUser, admin, move(official.id, official.displayName, "OFFICIAL", other.id));
    expect(moved).toMatchObject({ ok: true, data: { departmentId: other.id, unstaffed: { id: dept.id, name: dept.name, openCommitments: 3, returned: 1, reminders: 1 } } });
    if (!moved.ok) return;
    // What the save says, as the form shows it.
    expect(fillSentence(withUnstaffedNote({ template: t("users.saved"), data: {} }, moved.data.unstaffed, t))).toBe(
      `已保存。${dept.name}现在没有启用的经办人：其牵头或配合的 3 项未办结目标任务，本部门已无人报送（其中有 1 条退回待重新报送的进展、1 条待答复的催办）。请为该部门新建或调入经办人。`,
    );
  });

  it("says the same when the last official is disabled, or given another role; not while another active official stays", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const { dept, official } = await departmentWithWork();
    // A second official, a disabled one and a viewer of the department: only the active official counts.
    const second = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    await actorFor({ role: "OFFICIAL", departmentId: dept.id, disabled: true });
    await actorFor({ role: "VIEWER", departmentId: dept.id });

    expect(await executeAction(setUserDisabled, admin, { userId: official.id, disabled: "true" })).toMatchObject({ ok: true, data: { disabled: true, unstaffed: null } });
    const demoted = await executeAction(updateUser, admin, move(second.id, second.displayName, "VIEWER", dept.id));
    expect(demoted).toMatchObject({ ok: true, data: { role: "VIEWER", unstaffed: { id: dept.id, openCommitments: 3, returned: 1, reminders: 1 } } });

    // Enabled again and disabled again: the answer of the disabling names it too.
    expect(await executeAction(setUserDisabled, admin, { userId: official.id, disabled: "false" })).toMatchObject({ ok: true, data: { unstaffed: null } });
    const disabled = await executeAction(setUserDisabled, admin, { userId: official.id, disabled: "true" });
    expect(disabled).toMatchObject({ ok: true, data: { unstaffed: { id: dept.id, openCommitments: 3 } } });
    if (!disabled.ok) return;
    const said = withUnstaffedNote({ template: t("users.disabledDone"), data: { name: official.displayName } }, disabled.data.unstaffed, t);
    expect(fillSentence(said)).toBe(`已停用${official.displayName}。${dept.name}现在没有启用的经办人：其牵头或配合的 3 项未办结目标任务，本部门已无人报送（其中有 1 条退回待重新报送的进展、1 条待答复的催办）。请为该部门新建或调入经办人。`);
    // The names stay data, marked where the form shows them.
    expect(said.data).toEqual({ name: official.displayName, department: dept.name });
  });

  it("says nothing of a department with no open work, nor of a rename or of a disabled official moved", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [idle, other] = [await department(), await department()];
    const official = await actorFor({ role: "OFFICIAL", departmentId: idle.id });
    const { commitments } = await reportWithCommitments([{ leadDepartmentId: idle.id }]);
    await db.commitment.update({ where: { id: commitments[0].id }, data: { status: "WITHDRAWN" } });
    expect(await executeAction(updateUser, admin, move(official.id, "改了名字", "OFFICIAL", idle.id))).toMatchObject({ ok: true, data: { unstaffed: null } });
    expect(await executeAction(updateUser, admin, move(official.id, "改了名字", "OFFICIAL", other.id))).toMatchObject({ ok: true, data: { unstaffed: null } });

    const { dept } = await departmentWithWork();
    const gone = await actorFor({ role: "OFFICIAL", departmentId: dept.id, disabled: true });
    expect(await executeAction(updateUser, admin, move(gone.id, gone.displayName, "OFFICIAL", other.id))).toMatchObject({ ok: true, data: { unstaffed: null } });
  });

  it("names the department once when its last two officials are disabled at the same moment", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    // Several departments at once, so the two disablings of each overlap.
    const departments = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const dept = await department();
        await reportWithCommitments([{ leadDepartmentId: dept.id }]);
        return { dept, officials: [await actorFor({ role: "OFFICIAL", departmentId: dept.id }), await actorFor({ role: "OFFICIAL", departmentId: dept.id })] };
      }),
    );
    const answers = await Promise.all(departments.flatMap(({ officials }) => officials.map((o) => executeAction(setUserDisabled, admin, { userId: o.id, disabled: "true" }))));
    expect(answers.every((a) => a.ok)).toBe(true);
    const named = answers.flatMap((a) => (a.ok && a.data.unstaffed ? [a.data.unstaffed.id] : [])).sort((a, b) => a - b);
    expect(named).toEqual(departments.map(({ dept }) => dept.id).sort((a, b) => a - b));
  });
});

describe("部门管理 marks the departments with open work and no active official, and lists them apart", () => {
  it("marks one whose officials are gone or disabled, not one with an active official or without open work, and finds them by ?staffing=none", async () => {
    const tag = `S${Date.now().toString(36).toUpperCase()}`;
    const make = (n: number) => seedDepartment(db, { name: `市人员测试局${tag}-${n}`, code: `${tag}-${n}` });
    const [none, onlyDisabled, staffed, idle, supporting] = [await make(1), await make(2), await make(3), await make(4), await make(5)];
    await actorFor({ role: "OFFICIAL", departmentId: onlyDisabled.id, disabled: true });
    await actorFor({ role: "VIEWER", departmentId: onlyDisabled.id });
    await actorFor({ role: "OFFICIAL", departmentId: staffed.id });
    const { commitments } = await reportWithCommitments([
      { leadDepartmentId: none.id },
      { leadDepartmentId: onlyDisabled.id },
      { leadDepartmentId: staffed.id, supportingDepartmentIds: [supporting.id] },
      { leadDepartmentId: idle.id },
    ]);
    await db.commitment.update({ where: { id: commitments[3].id }, data: { status: "VERIFIED" } });

    const all = await listDepartmentPage({ q: tag, page: 1 });
    expect(all.departments.map((d) => [d.code, d.unstaffed])).toEqual([
      [none.code, true],
      [onlyDisabled.code, true],
      [staffed.code, false],
      [idle.code, false],
      [supporting.code, true],
    ]);
    // The row's counts say why: open work, users (the disabled apart), no active official.
    expect(all.departments[1]).toMatchObject({ openCommitments: 1, enabledUsers: 1, disabledUsers: 1, activeOfficials: 0 });
    const filtered = await listDepartmentPage({ q: tag, staffing: "none", page: 1 });
    expect(filtered.departments.map((d) => d.code)).toEqual([none.code, onlyDisabled.code, supporting.code]);
    expect(filtered.total).toBe(3);
    // The notice counts every such department, whatever the search.
    expect(filtered.unstaffed).toBeGreaterThanOrEqual(3);
    expect((await listDepartmentPage({ q: `${tag}-1`, page: 1 })).unstaffed).toBe(filtered.unstaffed);

    // An official appointed, the department is no longer among them.
    await actorFor({ role: "OFFICIAL", departmentId: none.id });
    expect((await listDepartmentPage({ q: tag, staffing: "none", page: 1 })).departments.map((d) => d.code)).toEqual([onlyDisabled.code, supporting.code]);
  });
});
