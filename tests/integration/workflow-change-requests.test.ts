import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { approveChangeRequest } from "@/lib/change-requests/approve-change-request";
import { listCommitmentChangeRequests } from "@/lib/change-requests/list-commitment-change-requests";
import { listPendingChangeRequests } from "@/lib/change-requests/list-pending-change-requests";
import { refuseChangeRequest } from "@/lib/change-requests/refuse-change-request";
import { latestExtension } from "@/lib/change-requests/change-problems";
import { requestChange } from "@/lib/change-requests/request-change";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { seedCommitment } from "@/lib/seed/factories";
import { submitUpdate } from "@/lib/updates/submit-update";
import { commitmentsAsOf } from "@/lib/dashboard/as-of-sql";
import { todayIsoDay } from "@/lib/time/today";
import { actorFor, auditEventFor, db, department } from "./support";

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const YEAR = new Date().getUTCFullYear() - 1;
// An extension asks for a day not yet past.
const LATER = addDays(todayIsoDay(), 90);

async function scenario(options: Parameters<typeof seedCommitment>[1] = {}) {
  const dept = await department();
  const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
  const reviewer = await actorFor({ role: "REVIEWER" });
  const commitment = await seedCommitment(db, { year: YEAR, targetValue: 11, unit: "万亩", comparator: "EQUAL", leadDepartmentId: dept.id, deadline: `${YEAR}-06-30`, ...options });
  const extend = { commitmentId: String(commitment.id), kind: "EXTEND_DEADLINE", proposedDeadline: LATER, reason: "受汛期影响，工期顺延。" };
  return { dept, official, reviewer, commitment, extend };
}

const request = async (actor: Awaited<ReturnType<typeof actorFor>>, input: Record<string, string>) => {
  const result = await executeAction(requestChange, actor, input);
  if (!result.ok) throw new Error(result.message);
  return result.data.changeRequestId;
};

describe("a closed commitment", () => {
  it("refuses to approve a request waiting on it (its target and deadline stay), and lets it be refused", async () => {
    const { official, reviewer, commitment, extend } = await scenario();
    const waiting = await request(official, extend);
    await db.commitment.update({ where: { id: commitment.id }, data: { status: "VERIFIED" } });
    expect(await executeAction(approveChangeRequest, reviewer, { changeRequestId: waiting })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "该目标任务已核验、已按未完成办结或已撤销，不能再延期或调整目标，只能不予批准。",
    });
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id: waiting } })).toMatchObject({ state: "PENDING" });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).deadline.toISOString().slice(0, 10)).toBe(`${YEAR}-06-30`);
    expect(await executeAction(refuseChangeRequest, reviewer, { changeRequestId: waiting, note: "已核验" })).toMatchObject({ ok: true });
  });
});

describe("asking for 延期 / 调整", () => {
  it("records a pending request, one per commitment and kind", async () => {
    const { official, commitment, extend } = await scenario();
    await request(official, extend);
    expect(await db.changeRequest.findFirstOrThrow({ where: { commitmentId: commitment.id } })).toMatchObject({ state: "PENDING", kind: "EXTEND_DEADLINE", requesterId: official.id });
    expect(await executeAction(requestChange, official, extend)).toMatchObject({ ok: false, kind: "conflict", message: "该目标任务已有同类申请在审批中，请等待审批结果。" });
    // Another kind may wait beside it.
    await request(official, { commitmentId: String(commitment.id), kind: "ADJUST_TARGET", proposedValue: "9", reason: "资金缩减" });
    expect(await db.changeRequest.count({ where: { commitmentId: commitment.id, state: "PENDING" } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "changeRequest.submit", entity: "ChangeRequest", entityId: { in: (await db.changeRequest.findMany({ where: { commitmentId: commitment.id } })).map((c) => String(c.id)) } } })).toBe(2);
  });

  it("allows only one of two identical requests sent at once", async () => {
    const { official, commitment, extend } = await scenario();
    const results = await Promise.all([executeAction(requestChange, official, extend), executeAction(requestChange, official, extend)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.changeRequest.count({ where: { commitmentId: commitment.id } })).toBe(1);
  });

  it("is refused to reviewers, and another department's official does not find the commitment", async () => {
    const { reviewer, commitment, extend } = await scenario();
    expect(await executeAction(requestChange, reviewer, extend)).toMatchObject({ ok: false, kind: "forbidden" });
    const other = await actorFor({ role: "OFFICIAL", departmentId: (await department()).id });
    expect(await executeAction(requestChange, other, extend)).toMatchObject({ ok: false, kind: "not_found" });
    expect(await db.changeRequest.count({ where: { commitmentId: commitment.id } })).toBe(0);
    expect(await listCommitmentChangeRequests(other, commitment.id)).toEqual([]);
  });

  it("keeps a planned fall a fall: a new target typed as the report words it (a positive 2) is refused", async () => {
    const { official, commitment } = await scenario({ comparator: "GROWTH", targetValue: -3, unit: "%" }); // 能耗下降3%
    const adjust = (proposedValue: string) => ({ commitmentId: String(commitment.id), kind: "ADJUST_TARGET", proposedValue, reason: "产业结构调整" });
    expect(await executeAction(requestChange, official, adjust("2"))).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { proposedValue: ["这是下降目标，调整后仍应为下降：请填负数（如下降 2.5 填 -2.5）。"] },
    });
    expect(await db.changeRequest.count({ where: { commitmentId: commitment.id } })).toBe(0);
    await request(official, adjust("-2"));
    const range = await scenario({ comparator: "RANGE", targetValue: null, targetMin: -3, targetMax: -2, unit: "%" }); // 下降2%—3%
    const adjustRange = (proposedMin: string, proposedMax: string) => ({ commitmentId: String(range.commitment.id), kind: "ADJUST_TARGET", proposedMin, proposedMax, reason: "产业结构调整" });
    expect(await executeAction(requestChange, range.official, adjustRange("1", "2"))).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { proposedMin: [expect.stringContaining("下降目标")] } });
    await request(range.official, adjustRange("-2", "-1"));
  });

  it("refuses an earlier deadline, a target for a milestone, a reversed range and a missing reason", async () => {
    const { official, extend } = await scenario();
    expect(await executeAction(requestChange, official, { ...extend, proposedDeadline: `${YEAR}-05-01` })).toMatchObject({
      ok: false,
      fieldErrors: { proposedDeadline: [`申请的完成时限须晚于现完成时限（${YEAR}-06-30）。`] },
    });
    // Later than the current deadline, but already past: approved, it would leave the commitment overdue.
    expect(await executeAction(requestChange, official, { ...extend, proposedDeadline: `${YEAR}-09-30` })).toMatchObject({
      ok: false,
      fieldErrors: { proposedDeadline: [`申请的完成时限已经过去，请选择今天（${todayIsoDay()}）或以后的日期。`] },
    });
    // A year typed wrong (2099): more than five years on is refused, with the latest day allowed.
    const latest = latestExtension(`${YEAR}-06-30`, todayIsoDay());
    expect(await executeAction(requestChange, official, { ...extend, proposedDeadline: "2099-12-31" })).toMatchObject({
      ok: false,
      fieldErrors: { proposedDeadline: [`新的完成时限不能晚于 ${latest}（5 年以内），请核对年份。`] },
    });
    expect(await executeAction(requestChange, official, { ...extend, proposedDeadline: todayIsoDay() })).toMatchObject({ ok: true });
    expect(await executeAction(requestChange, official, { ...extend, proposedDeadline: "" })).toMatchObject({ ok: false, fieldErrors: { proposedDeadline: ["此项为必填项。"] } });
    expect(await executeAction(requestChange, official, { ...extend, reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: ["此项为必填项。"] } });
    const milestone = await scenario({ kind: "MILESTONE" });
    expect(await executeAction(requestChange, milestone.official, { commitmentId: String(milestone.commitment.id), kind: "ADJUST_TARGET", proposedValue: "1", reason: "x" })).toMatchObject({ ok: false, kind: "invalid" });
    const range = await scenario({ comparator: "RANGE", targetValue: null, targetMin: 5, targetMax: 8, unit: "个" });
    expect(await executeAction(requestChange, range.official, { commitmentId: String(range.commitment.id), kind: "ADJUST_TARGET", proposedMin: "6", proposedMax: "4", reason: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { proposedMax: ["上限不能小于下限。"] },
    });
  });
});

describe("a request with several mistakes", () => {
  it("is refused with every one named at its field, and nothing is written (力争新增上市企业3—4家 asked as -1 to nothing)", async () => {
    const { official, commitment } = await scenario({ comparator: "RANGE", targetValue: null, targetMin: 3, targetMax: 4, unit: "家" });
    // No hints: the use case finds them all itself, from the commitment.
    const refused = await executeAction(requestChange, official, { commitmentId: String(commitment.id), kind: "ADJUST_TARGET", proposedMin: "-1", proposedMax: "", reason: "受市场影响" });
    expect(refused).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "提交的内容有误，请按提示修改。",
      fieldErrors: { proposedMin: ["调整后的目标不能小于 0：该目标是数量，不是增长率或比率。"], proposedMax: ["此项为必填项。"] },
    });
    // Reversed as well as below zero: both said.
    const reversed = await executeAction(requestChange, official, { commitmentId: String(commitment.id), kind: "ADJUST_TARGET", proposedMin: "-1", proposedMax: "-4", reason: "受市场影响" });
    expect(reversed).toMatchObject({ ok: false, fieldErrors: { proposedMin: [expect.stringContaining("不能小于 0")], proposedMax: ["上限不能小于下限。"] } });
    expect(await db.changeRequest.count({ where: { commitmentId: commitment.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "changeRequest.submit", after: { path: ["commitmentId"], equals: commitment.id } } })).toBe(0);
  });
});

describe("deciding a request", () => {
  it("applies a new deadline and keeps the original one", async () => {
    const { official, reviewer, commitment, extend } = await scenario();
    const id = await request(official, extend);
    expect(await executeAction(approveChangeRequest, official, { changeRequestId: id })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await executeAction(approveChangeRequest, reviewer, { changeRequestId: id, note: "同意" })).toMatchObject({ ok: true });
    const after = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(after.deadline.toISOString().slice(0, 10)).toBe(LATER);
    expect(after.originalDeadline.toISOString().slice(0, 10)).toBe(`${YEAR}-06-30`);
    expect(after.version).toBe(commitment.version + 1);
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "APPROVED", reviewerId: reviewer.id, reviewNote: "同意" });
    expect(await executeAction(refuseChangeRequest, reviewer, { changeRequestId: id, note: "晚了" })).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("does not approve a deadline that passed while the request waited; it can still be refused", async () => {
    const { official, reviewer, commitment, extend } = await scenario();
    const id = await request(official, extend);
    // The request waited past its day (as a request made weeks ago for "today" would).
    await db.changeRequest.update({ where: { id }, data: { proposedDeadline: new Date(`${addDays(todayIsoDay(), -1)}T00:00:00Z`) } });
    expect(await executeAction(approveChangeRequest, reviewer, { changeRequestId: id })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: `申请的完成时限（${addDays(todayIsoDay(), -1)}）在等待审核期间已经过去，不能批准；请驳回并说明原因。`,
    });
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).deadline.toISOString().slice(0, 10)).toBe(`${YEAR}-06-30`);
    expect(await executeAction(refuseChangeRequest, reviewer, { changeRequestId: id, note: "时限已过，请重新申请" })).toMatchObject({ ok: true });
  });

  it("applies a new target, keeps the original and measures the latest figure against the new one", async () => {
    const { official, reviewer, commitment } = await scenario({ deadline: `${YEAR}-12-31` });
    const submitted = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: `${YEAR}-06-30`, actualValue: "5.5", narrative: "过半" });
    if (!submitted.ok) throw new Error(submitted.message);
    await executeAction(approveUpdate, reviewer, { updateId: submitted.data.updateId });
    const id = await request(official, { commitmentId: String(commitment.id), kind: "ADJUST_TARGET", proposedValue: "5.5", reason: "用地指标调减" });
    expect(await executeAction(approveChangeRequest, reviewer, { changeRequestId: id })).toMatchObject({ ok: true });
    const after = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(Number(after.targetValue)).toBe(5.5);
    expect(Number(after.originalTargetValue)).toBe(11);
    expect(Number(after.latestPercent)).toBe(100);
    const event = await auditEventFor("commitment.adjustTarget", commitment.id);
    expect(event.before).toMatchObject({ targetValue: "11" });
    // Reports of a day (the progress report, a dashboard's past day) read the adjusted measure
    // from the day it was approved, and the update's own before it.
    const percentOn = async (day: string) => {
      const [row] = await db.$queryRaw<{ percent: number | null }[]>`SELECT c."latestPercent"::float8 AS percent FROM ${commitmentsAsOf(day)} c WHERE c.id = ${commitment.id}`;
      return row.percent;
    };
    const today = todayIsoDay();
    expect(await percentOn(today)).toBe(100);
    expect(await percentOn(addDays(today, -1))).toBe(50);
    expect(await db.changeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ remeasuredUpdateId: submitted.data.updateId });
    // Later figures approved since do not change what a day between showed: say the adjustment
    // was approved on July 15th, and September's figures were approved today.
    await db.changeRequest.update({ where: { id }, data: { reviewedAt: new Date(`${YEAR}-07-15T02:00:00Z`) } });
    const later = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: `${YEAR}-09-30`, actualValue: "5.5", narrative: "持平" });
    if (!later.ok) throw new Error(later.message);
    expect(await executeAction(approveUpdate, reviewer, { updateId: later.data.updateId })).toMatchObject({ ok: true });
    expect(await percentOn(`${YEAR}-08-01`)).toBe(100);
    expect(await percentOn(`${YEAR}-07-01`)).toBe(50);
  });

  it("measures updates still waiting for review against the new target, as their approval will", async () => {
    const { official, reviewer, commitment } = await scenario({ deadline: `${YEAR}-12-31` });
    const waiting = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: `${YEAR}-06-30`, actualValue: "5.5", narrative: "过半" });
    if (!waiting.ok) throw new Error(waiting.message);
    const percentOf = async () => Number((await db.progressUpdate.findUniqueOrThrow({ where: { id: waiting.data.updateId } })).percent);
    expect(await percentOf()).toBe(50);
    const id = await request(official, { commitmentId: String(commitment.id), kind: "ADJUST_TARGET", proposedValue: "5.5", reason: "用地指标调减" });
    expect(await executeAction(approveChangeRequest, reviewer, { changeRequestId: id })).toMatchObject({ ok: true });
    expect(await percentOf()).toBe(100);
    // The trail says why the waiting update's percent is not the one its author submitted.
    const event = await auditEventFor("update.remeasure", waiting.data.updateId, { entity: "ProgressUpdate" });
    expect(event).toMatchObject({ actorId: reviewer.id, before: { percent: 50 }, after: { percent: 100, asOf: expect.stringMatching(new RegExp(`^${YEAR}-06-30`)), changeRequestId: id } });
  });

  it("refuses with a note only, leaving the commitment as it was; two reviewers cannot both decide", async () => {
    const { dept, official, reviewer, commitment, extend } = await scenario();
    const id = await request(official, extend);
    expect(await executeAction(refuseChangeRequest, reviewer, { changeRequestId: id, note: "" })).toMatchObject({ ok: false, kind: "invalid" });
    // Filtered by the department: the whole list shows only the oldest 200 of a shared database.
    expect(await listPendingChangeRequests({ department: dept.id })).toMatchObject({ items: [{ id }], total: 1 });
    const other = await actorFor({ role: "REVIEWER" });
    const results = await Promise.all([
      executeAction(refuseChangeRequest, reviewer, { changeRequestId: id, note: "理由不充分" }),
      executeAction(approveChangeRequest, other, { changeRequestId: id }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ kind: "conflict" });
    const views = await listCommitmentChangeRequests(official, commitment.id);
    expect(views).toHaveLength(1);
    expect(["APPROVED", "REFUSED"]).toContain(views[0].state);
  });
});

describe("a proposed target far from the current one", () => {
  it("is flagged for the reviewer (11万亩 → 11000: a slip of unit), and a modest one is not", async () => {
    const { dept, official, commitment } = await scenario();
    const adjust = (proposedValue: string) => executeAction(requestChange, official, { commitmentId: String(commitment.id), kind: "ADJUST_TARGET", proposedValue, reason: "面积核定" });
    expect(await adjust("11000")).toMatchObject({ ok: true });
    const [pending] = (await listPendingChangeRequests({ department: dept.id })).items;
    expect(pending.scale).toEqual({ direction: "up", times: 1000 });
    expect((await listCommitmentChangeRequests(official, commitment.id))[0].scale).toEqual({ direction: "up", times: 1000 });
  });
});
