import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { approveChangeRequest } from "@/lib/change-requests/approve-change-request";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { returnUpdate } from "@/lib/reviews/return-update";
import { getStatusSummary } from "@/lib/dashboard/get-status-summary";
import { restoreCommitment } from "@/lib/commitments/restore-commitment";
import { withdrawCommitment } from "@/lib/commitments/withdraw-commitment";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department, reportWithCommitments } from "./support";

// 洛阳 2023: a commitment dropped from the plan after the report (撤销), then put back (恢复).
describe("withdrawing a commitment", () => {
  async function scenario() {
    const dept = await department();
    const admin = await actorFor({ role: "ADMIN" });
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "新建口袋公园", targetValue: 300, leadDepartmentId: dept.id },
      { indicator: "新增城镇就业", targetValue: 7, leadDepartmentId: dept.id },
    ]);
    return { admin, official, report, park: commitments[0], jobs: commitments[1] };
  }

  it("answers what waits on it with the reason, takes no more figures, and counts nowhere; restored, it counts again", async () => {
    const { admin, official, report, park } = await scenario();
    const waiting = await db.progressUpdate.create({ data: { commitmentId: park.id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 120, percent: 40, narrative: "已建成120个" } });
    const request = await db.changeRequest.create({ data: { commitmentId: park.id, kind: "EXTEND_DEADLINE", requesterId: official.id, proposedDeadline: new Date("2024-06-30T00:00:00Z"), reason: "用地未落实" } });
    const reason = "市政府常务会议决定不再实施";
    const result = await executeAction(withdrawCommitment, admin, { commitmentId: park.id, version: park.version, reason });
    expect(result).toMatchObject({ ok: true, data: { returned: 1, refused: 1 } });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: park.id } })).toMatchObject({ status: "WITHDRAWN", version: park.version + 1 });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ state: "RETURNED", reviewNote: reason, reviewerId: admin.id });
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ state: "REFUSED", reviewNote: reason, reviewerId: admin.id });
    const events = await db.auditEvent.findMany({ where: { OR: [{ entity: "Commitment", entityId: String(park.id), action: "commitment.withdraw" }, { entity: "ProgressUpdate", entityId: String(waiting.id) }, { entity: "ChangeRequest", entityId: String(request.id) }] } });
    expect(events.map((e) => e.action).sort()).toEqual(["changeRequest.refuse", "commitment.withdraw", "update.return"]);
    expect(events.find((e) => e.action === "commitment.withdraw")?.after).toMatchObject({ status: "WITHDRAWN", withdrawReason: reason });

    // A reviewer deciding from a page read before the withdrawal is told why it is no longer theirs.
    const reviewer = await actorFor({ role: "REVIEWER" });
    expect(await executeAction(approveUpdate, reviewer, { updateId: waiting.id })).toMatchObject({ ok: false, kind: "conflict", message: "该目标任务已被撤销，其待审核的进展和申请已随之处理（见其页面上的撤销理由）。" });
    expect(await executeAction(approveChangeRequest, reviewer, { changeRequestId: request.id })).toMatchObject({ ok: false, kind: "conflict", message: "该目标任务已被撤销，其待审核的进展和申请已随之处理（见其页面上的撤销理由）。" });

    // Closed: the official's next reading is refused; the dashboard shows it as withdrawn, outside the mean.
    expect(await executeAction(submitUpdate, official, { commitmentId: park.id, asOf: "2023-07-31", actualValue: "130", narrative: "继续建设" })).toMatchObject({ ok: false, kind: "invalid" });
    const scope = { actor: admin, reportId: report.id, asOf: "2023-07-15", today: "2023-07-15" };
    const summary = await getStatusSummary(scope);
    expect(summary.distribution.find((d) => d.light === "WITHDRAWN")?.count).toBe(1);

    const again = await executeAction(withdrawCommitment, admin, { commitmentId: park.id, version: park.version + 1, reason });
    expect(again).toMatchObject({ ok: false, kind: "conflict", message: "该目标任务已被撤销（可能是其他管理员刚刚操作的），请刷新页面。" });
    expect(await executeAction(restoreCommitment, admin, { commitmentId: park.id, version: park.version + 1, reason: "恢复实施" })).toMatchObject({ ok: true });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: park.id } })).toMatchObject({ status: "ACTIVE", version: park.version + 2 });
    expect(await executeAction(submitUpdate, official, { commitmentId: park.id, asOf: "2023-07-31", actualValue: "130", narrative: "继续建设" })).toMatchObject({ ok: true });
  });

  it("needs a reason, the version read, and refuses a verified commitment", async () => {
    const { admin, park, jobs } = await scenario();
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: park.id, version: park.version, reason: "  " })).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { reason: ["请填写理由。"] } });
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: park.id, version: park.version + 5, reason: "不再实施" })).toMatchObject({ ok: false, kind: "conflict" });
    await db.commitment.update({ where: { id: jobs.id }, data: { status: "VERIFIED", version: { increment: 1 } } });
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: jobs.id, version: jobs.version + 1, reason: "不再实施" })).toMatchObject({ ok: false, kind: "invalid", message: "已核验或已按未完成办结的目标任务已经办结，不能撤销；如确需撤销，请督查部门先重新打开。" });
    expect(await db.commitment.findMany({ where: { id: { in: [park.id, jobs.id] } }, select: { status: true }, orderBy: { id: "asc" } })).toEqual([{ status: "ACTIVE" }, { status: "VERIFIED" }]);
    expect(await executeAction(restoreCommitment, admin, { commitmentId: park.id, version: park.version, reason: "恢复" })).toMatchObject({ ok: false, kind: "conflict", message: "该目标任务未被撤销（可能是其他管理员刚刚恢复的），请刷新页面。" });
  });

  it("tells a reviewer another reviewer decided an item, even once its commitment is withdrawn", async () => {
    const { admin, official, park } = await scenario();
    const reviewer = await actorFor({ role: "REVIEWER" });
    const reading = await db.progressUpdate.create({ data: { commitmentId: park.id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 120, narrative: "已建成120个" } });
    expect(await executeAction(returnUpdate, reviewer, { updateId: reading.id, note: "请补充佐证" })).toMatchObject({ ok: true });
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: park.id, version: park.version, reason: "不再实施" })).toMatchObject({ ok: true, data: { returned: 0 } });
    expect(await executeAction(approveUpdate, reviewer, { updateId: reading.id })).toMatchObject({ ok: false, kind: "conflict", message: "该进展已处理过（可能是其他审核员，或您在另一个标签页中处理的）。" });
  });

  it("restores a commitment with the status it had when withdrawn", async () => {
    const { admin, park } = await scenario();
    await db.commitment.update({ where: { id: park.id }, data: { status: "COMPLETED", version: { increment: 1 } } });
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: park.id, version: park.version + 1, reason: "合并到其他任务" })).toMatchObject({ ok: true });
    expect(await executeAction(restoreCommitment, admin, { commitmentId: park.id, version: park.version + 2, reason: "恢复" })).toMatchObject({ ok: true });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: park.id } })).status).toBe("COMPLETED");
  });
});
