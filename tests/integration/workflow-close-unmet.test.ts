import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { requestChange } from "@/lib/change-requests/request-change";
import { withdrawCommitment } from "@/lib/commitments/withdraw-commitment";
import { getStatusSummary } from "@/lib/dashboard/get-status-summary";
import { loadProgressReport } from "@/lib/exports/load-progress-report";
import { needsUpdateWhere } from "@/lib/my-work/needs-update-where";
import { closeUnmetCommitment } from "@/lib/reviews/close-unmet-commitment";
import { reopenCommitment } from "@/lib/reviews/reopen-commitment";
import { verifyCommitment } from "@/lib/reviews/verify-commitment";
import { todayIsoDay } from "@/lib/time/today";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, auditEventFor, db, department, reportWithCommitments } from "./support";

// 洛阳 2023: 新建城市书房100个 stood at 60 when the year ended. The 督查 office closes it as not
// delivered (未完成办结) with the reason, rather than chase it as 已逾期 every month for ever.
describe("closing a missed target as not delivered (未完成办结)", () => {
  async function scenario() {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    const admin = await actorFor({ role: "ADMIN" });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "新建城市书房", targetValue: 100, leadDepartmentId: dept.id, latestPercent: 60 },
      { indicator: "新增城镇就业", targetValue: 7, leadDepartmentId: dept.id, latestPercent: 100 },
      // Still in time: the deadline is next year (the suite runs in real time).
      { indicator: "建成口袋公园", targetValue: 300, leadDepartmentId: dept.id, deadline: `${new Date().getUTCFullYear() + 1}-06-30` },
    ]);
    const [library, jobs, parks] = commitments;
    return { official, reviewer, admin, report, library, jobs, parks };
  }
  const reason = "选址调整，余下40个转入2024年实施。";

  it("closes an overdue commitment with the reason: no more figures or requests, off the to-do list, counted as not delivered", async () => {
    const { official, reviewer, admin, report, library } = await scenario();
    const closed = await executeAction(closeUnmetCommitment, reviewer, { commitmentId: library.id, version: library.version, note: reason });
    expect(closed).toMatchObject({ ok: true });
    const row = await db.commitment.findUniqueOrThrow({ where: { id: library.id } });
    expect(row).toMatchObject({ status: "UNMET", unmetById: reviewer.id, unmetNote: reason, version: library.version + 1, latestPercent: expect.anything() });
    expect(row.unmetAt).toBeInstanceOf(Date);
    const event = await auditEventFor("commitment.closeUnmet", library.id);
    expect(event.before).toMatchObject({ status: "ACTIVE", unmetNote: null });
    expect(event.after).toMatchObject({ status: "UNMET", unmetNote: reason });

    // Closed: a reading, a 延期 and the admin's withdrawal are refused, and the official's
    // to-do list no longer asks for it.
    expect(await executeAction(submitUpdate, official, { commitmentId: library.id, asOf: "2024-01-31", actualValue: "70", narrative: "又建成10个" })).toMatchObject({
      ok: false,
      message: `该目标任务已于 ${todayIsoDay(row.unmetAt!)} 按未完成办结，不再接受报送或申请。`,
    });
    expect(await executeAction(requestChange, official, { commitmentId: library.id, kind: "EXTEND_DEADLINE", proposedDeadline: `${new Date().getUTCFullYear() + 1}-06-30`, reason: "延期" })).toMatchObject({ ok: false, kind: "invalid" });
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: library.id, version: library.version + 1, reason: "不再实施" })).toMatchObject({
      ok: false,
      message: "已核验或已按未完成办结的目标任务已经办结，不能撤销；如确需撤销，请督查部门先重新打开。",
    });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: library.id, version: library.version + 1, note: "核验" })).toMatchObject({
      ok: false,
      message: "该目标任务已按未完成办结，不能核验；如情况有变，请先重新打开。",
    });
    const today = todayIsoDay();
    expect(await db.commitment.count({ where: { AND: [needsUpdateWhere(official, today, []), { id: library.id }] } })).toBe(0);

    // The dashboard counts it as not delivered: in the mean (at its 60%), never among the completed.
    const summary = await getStatusSummary({ actor: admin, reportId: report.id, asOf: today, today });
    expect(summary).toMatchObject({ total: 3, unmet: 1, completed: 1, verified: 0, overdue: 0 });
    expect(summary.meanPercent).toBeCloseTo((60 + 100 + 0) / 3, 2);
    // A past day before the closing saw it overdue (with 新增城镇就业: a past day reads approved
    // readings, and the seeded figures are none).
    const before = await getStatusSummary({ actor: admin, reportId: report.id, asOf: "2024-01-15", today });
    expect(before).toMatchObject({ unmet: 0, overdue: 2 });
    // The month's progress report counts it apart, listed right after the overdue ones (新增城镇就业
    // is one there: the report reads approved readings, and the seeded figures are none).
    const monthly = await loadProgressReport(admin, { report: String(report.id), period: today.slice(0, 7) }, today);
    if (!monthly.ok) throw new Error(monthly.error);
    expect(monthly.value.totals).toMatchObject({ total: 3, overdue: 1, unmet: 1, completed: 0 });
    expect(monthly.value.departments[0]).toMatchObject({ total: 3, overdue: 1, unmet: 1 });
    expect(monthly.value.departments[0].items.map((i) => [i.indicator, i.lightNow])).toEqual([
      ["新增城镇就业", "OVERDUE"],
      ["新建城市书房", "UNMET"],
      ["建成口袋公园", "NOT_STARTED"],
    ]);
  });

  it("needs a reason and the version read, and closes only a miss with nothing waiting", async () => {
    const { official, reviewer, library, jobs, parks } = await scenario();
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: library.id, version: library.version, note: "  " })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { note: ["请填写未完成的原因。"] },
    });
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: library.id, version: library.version + 3, note: reason })).toMatchObject({ ok: false, kind: "conflict" });
    // Met (to be verified) or still in time: not a miss.
    const notOverdue = "只有已过完成时限且未完成（状态为“已逾期”）的目标任务才能按未完成办结。";
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: jobs.id, version: jobs.version, note: reason })).toMatchObject({ ok: false, message: notOverdue });
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: parks.id, version: parks.version, note: reason })).toMatchObject({ ok: false, message: notOverdue });
    // A reading waiting for review might be the one that meets it: decided first.
    await db.progressUpdate.create({ data: { commitmentId: library.id, authorId: official.id, asOf: new Date("2023-12-31T00:00:00Z"), actualValue: 100, percent: 100, narrative: "全部建成" } });
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: library.id, version: library.version, note: reason })).toMatchObject({
      ok: false,
      message: "该目标任务还有 1 条进展待审核，请先处理后再办结。",
    });
    expect(await db.commitment.findMany({ where: { id: { in: [library.id, jobs.id, parks.id] } }, select: { status: true } })).toEqual([{ status: "ACTIVE" }, { status: "ACTIVE" }, { status: "ACTIVE" }]);
  });

  it("is reopened with a reason: open again, its light from its figures, its officials reporting again", async () => {
    const { official, reviewer, library } = await scenario();
    await executeAction(closeUnmetCommitment, reviewer, { commitmentId: library.id, version: library.version, note: reason });
    const again = await executeAction(closeUnmetCommitment, reviewer, { commitmentId: library.id, version: library.version + 1, note: reason });
    expect(again).toMatchObject({ ok: false, kind: "conflict", message: "该目标任务已按未完成办结（可能是其他督查人员刚刚操作的），请刷新页面。" });
    expect(await executeAction(reopenCommitment, reviewer, { commitmentId: library.id, version: library.version + 1, note: "年底前已建成100个，数据补报后核验" })).toMatchObject({ ok: true, data: { was: "UNMET" } });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: library.id } })).toMatchObject({ status: "ACTIVE", unmetAt: null, unmetById: null, unmetNote: null, version: library.version + 2 });
    const event = await auditEventFor("commitment.reopen", library.id);
    expect(event.before).toMatchObject({ status: "UNMET", unmetNote: reason });
    expect(event.after).toMatchObject({ status: "ACTIVE", unmetNote: null, reopenReason: "年底前已建成100个，数据补报后核验" });
    expect(await executeAction(submitUpdate, official, { commitmentId: library.id, asOf: "2023-12-31", actualValue: "100", narrative: "全部建成" })).toMatchObject({ ok: true });
    // Open, it cannot be reopened again.
    expect(await executeAction(reopenCommitment, reviewer, { commitmentId: library.id, version: library.version + 2, note: "再次" })).toMatchObject({
      ok: false,
      kind: "conflict",
      message: "该目标任务未核验也未办结（可能是其他督查人员刚刚重新打开的），请刷新页面。",
    });
  });

  it("reopens a verification made by mistake: the verification is cleared and can be made again", async () => {
    const { reviewer, jobs } = await scenario();
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: jobs.id, version: jobs.version, note: "已核验" })).toMatchObject({ ok: true });
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: jobs.id, version: jobs.version + 1, note: reason })).toMatchObject({
      ok: false,
      message: "该目标任务已核验为完成，不能按未完成办结；如核验有误，请先重新打开。",
    });
    expect(await executeAction(reopenCommitment, reviewer, { commitmentId: jobs.id, version: jobs.version + 1, note: "核验时数据口径有误" })).toMatchObject({ ok: true, data: { was: "VERIFIED" } });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: jobs.id } })).toMatchObject({ status: "ACTIVE", verifiedAt: null, verifiedById: null, verifyNote: null });
    expect((await auditEventFor("commitment.reopen", jobs.id)).before).toMatchObject({ status: "VERIFIED", verifyNote: "已核验" });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: jobs.id, version: jobs.version + 2, note: "复核无误" })).toMatchObject({ ok: true });
  });
});
