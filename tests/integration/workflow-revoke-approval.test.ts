import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Actor } from "@/lib/auth/actor";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { revokeApproval } from "@/lib/reviews/revoke-approval";
import { verifyCommitment } from "@/lib/reviews/verify-commitment";
import { submitUpdate } from "@/lib/updates/submit-update";
import { listOfficialWork } from "@/lib/my-work/list-official-work";
import { todayIsoDay } from "@/lib/time/today";
import { actorFor, auditEventFor, db, department, reportWithCommitments } from "./support";

// 洛阳 2023: 新增高标准农田11万亩. The reviewer approved 8.8万亩 for September, then the
// agriculture bureau's own survey found 8.8 counted last year's fields too: the approval is taken
// back (撤回审核通过) and the reading goes back to the official to correct.
describe("taking back an approval (撤回审核通过)", () => {
  async function scenario() {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    const { commitments } = await reportWithCommitments([{ indicator: "新增高标准农田", targetValue: 11, unit: "万亩", leadDepartmentId: dept.id }]);
    return { official, reviewer, farmland: commitments[0] };
  }
  async function approved(official: Actor, reviewer: Actor, commitmentId: number, asOf: string, actualValue: string) {
    const sent = await executeAction(submitUpdate, official, { commitmentId, asOf, actualValue, narrative: `截至${asOf}完成${actualValue}万亩` });
    if (!sent.ok) throw new Error(sent.message);
    const updateId = (sent.data as { updateId: number }).updateId;
    expect(await executeAction(approveUpdate, reviewer, { updateId })).toMatchObject({ ok: true });
    return updateId;
  }
  const note = "8.8万亩含2022年已建面积，请按当年新增更正后重报。";

  it("returns the latest reading to its official with the note, and the figures fall back to the reading before it", async () => {
    const { official, reviewer, farmland } = await scenario();
    const june = await approved(official, reviewer, farmland.id, "2023-06-30", "4.4");
    const september = await approved(official, reviewer, farmland.id, "2023-09-30", "8.8");
    expect(await db.commitment.findUniqueOrThrow({ where: { id: farmland.id } })).toMatchObject({ latestUpdateId: september });

    expect(await executeAction(revokeApproval, reviewer, { updateId: september, note })).toMatchObject({ ok: true, data: { overtaken: false } });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: september } })).toMatchObject({ state: "RETURNED", reviewNote: note, reviewerId: reviewer.id });
    const row = await db.commitment.findUniqueOrThrow({ where: { id: farmland.id } });
    expect({ actual: Number(row.latestActual), percent: Number(row.latestPercent), asOf: row.latestAsOf?.toISOString().slice(0, 10), id: row.latestUpdateId }).toEqual({
      actual: 4.4,
      percent: 40,
      asOf: "2023-06-30",
      id: june,
    });
    const revoked = await auditEventFor("update.revoke", september);
    expect(revoked.before).toMatchObject({ state: "APPROVED" });
    expect(revoked.after).toMatchObject({ state: "RETURNED", reviewNote: note });
    const figures = await db.auditEvent.findFirstOrThrow({ where: { action: "commitment.latestFigures", entityId: String(farmland.id) }, orderBy: { id: "desc" } });
    expect(figures.before).toMatchObject({ latestUpdateId: september });
    expect(figures.after).toMatchObject({ latestUpdateId: june });

    // It is on the official's to-do list, with the note, as a returned reading is — and said to be a
    // take-back (revokedAt), not a return of what was sent: June's approval stands untouched.
    const work = await listOfficialWork(official, todayIsoDay());
    expect(work.returned.map((r) => [r.update.id, r.update.reviewNote, r.update.revoked])).toContainEqual([september, note, true]);
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: september } })).revokedAt).toEqual((await db.progressUpdate.findUniqueOrThrow({ where: { id: september } })).reviewedAt);
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: june } })).revokedAt).toBeNull();
    // The official answers it as any returned reading; approved, it is the latest again.
    const corrected = await executeAction(submitUpdate, official, { commitmentId: farmland.id, asOf: "2023-09-30", actualValue: "7.9", narrative: "按当年新增更正", resubmitsId: september });
    expect(corrected).toMatchObject({ ok: true });
    const correctedId = (corrected as { data: { updateId: number } }).data.updateId;
    expect(await executeAction(approveUpdate, reviewer, { updateId: correctedId })).toMatchObject({ ok: true });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: farmland.id } })).toMatchObject({ latestUpdateId: correctedId });
  });

  it("leaves the figures alone when an older reading is taken back, and clears them when the only one is", async () => {
    const { official, reviewer, farmland } = await scenario();
    const june = await approved(official, reviewer, farmland.id, "2023-06-30", "4.4");
    const september = await approved(official, reviewer, farmland.id, "2023-09-30", "8.8");
    const version = (await db.commitment.findUniqueOrThrow({ where: { id: farmland.id } })).version;
    // September stands over it: not on the official's to-do list, and the reviewer is told so.
    expect(await executeAction(revokeApproval, reviewer, { updateId: june, note })).toMatchObject({ ok: true, data: { overtaken: true } });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: farmland.id } })).toMatchObject({ latestUpdateId: september, version });
    expect(await executeAction(revokeApproval, reviewer, { updateId: september, note })).toMatchObject({ ok: true });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: farmland.id } })).toMatchObject({ latestActual: null, latestPercent: null, latestAsOf: null, latestUpdateId: null });
  });

  it("puts a taken-back late report of an earlier day on the official's to-do list: the latest was sent before it", async () => {
    const { official, reviewer, farmland } = await scenario();
    await approved(official, reviewer, farmland.id, "2023-09-30", "8.8");
    const june = await approved(official, reviewer, farmland.id, "2023-06-30", "4.4");
    expect(await executeAction(revokeApproval, reviewer, { updateId: june, note })).toMatchObject({ ok: true, data: { overtaken: false } });
    const work = await listOfficialWork(official, todayIsoDay());
    expect(work.returned.map((r) => r.update.id)).toContain(june);
  });

  it("measures the reading it falls back to against the target in force, on the row and on the reading (a 调整 approved since)", async () => {
    const { official, reviewer, farmland } = await scenario();
    const june = await approved(official, reviewer, farmland.id, "2023-06-30", "4.4");
    const september = await approved(official, reviewer, farmland.id, "2023-09-30", "8.8");
    // The target doubled after June was approved (what an approved 调整 leaves on the row).
    await db.commitment.update({ where: { id: farmland.id }, data: { targetValue: 22 } });
    expect(await executeAction(revokeApproval, reviewer, { updateId: september, note })).toMatchObject({ ok: true });
    expect(Number((await db.commitment.findUniqueOrThrow({ where: { id: farmland.id } })).latestPercent)).toBe(20);
    expect(Number((await db.progressUpdate.findUniqueOrThrow({ where: { id: june } })).percent)).toBe(20);
    expect((await auditEventFor("update.remeasure", june)).after).toMatchObject({ percent: 20 });
  });

  it("needs a note, takes back only an approval, and not on a decided commitment (nothing is changed then)", async () => {
    const { official, reviewer, farmland } = await scenario();
    const full = await approved(official, reviewer, farmland.id, "2023-12-31", "11");
    expect(await executeAction(revokeApproval, reviewer, { updateId: full, note: " " })).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { note: ["请填写撤回的理由。"] } });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: farmland.id, version: (await db.commitment.findUniqueOrThrow({ where: { id: farmland.id } })).version, note: "已核验" })).toMatchObject({ ok: true });
    expect(await executeAction(revokeApproval, reviewer, { updateId: full, note })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "该目标任务已核验、已按未完成办结或已撤销，其进展的审核不能撤回；如确需撤回，请先重新打开。",
    });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: full } })).toMatchObject({ state: "APPROVED" });
    const waiting = await db.progressUpdate.create({ data: { commitmentId: farmland.id, authorId: official.id, asOf: new Date("2023-12-31T00:00:00Z"), actualValue: 11, narrative: "待审" } });
    expect(await executeAction(revokeApproval, reviewer, { updateId: waiting.id, note })).toMatchObject({
      ok: false,
      kind: "conflict",
      message: "该进展已不是审核通过状态（可能已被其他督查人员撤回），请刷新页面。",
    });
    expect(await executeAction(revokeApproval, reviewer, { updateId: 2_000_000_000, note })).toMatchObject({ ok: false, kind: "not_found" });
  });
});
