import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";
import { QUEUE_COUNT_CAP } from "@/lib/reviews/review-queue-cap";
import { returnUpdate } from "@/lib/reviews/return-update";
import { verifyCommitment } from "@/lib/reviews/verify-commitment";
import { seedCommitment } from "@/lib/seed/factories";
import { todayIsoDay } from "@/lib/time/today";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department } from "./support";

const YEAR = new Date().getUTCFullYear() - 1;

async function scenario(options: Parameters<typeof seedCommitment>[1] = {}) {
  const dept = await department();
  const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
  const reviewer = await actorFor({ role: "REVIEWER" });
  const commitment = await seedCommitment(db, { year: YEAR, targetValue: 11, unit: "万亩", comparator: "EQUAL", leadDepartmentId: dept.id, ...options });
  const submit = async (values: Record<string, string>) => {
    const result = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: `${YEAR}-06-30`, narrative: "进展说明", ...values });
    if (!result.ok) throw new Error(result.message);
    return result.data.updateId;
  };
  return { dept, official, reviewer, commitment, submit };
}

const latest = (id: number) => db.commitment.findUniqueOrThrow({ where: { id } });

describe("approving an update", () => {
  it("stamps the reviewer and makes the figures the commitment's latest, bumping its version", async () => {
    const { reviewer, commitment, submit } = await scenario();
    const updateId = await submit({ actualValue: "5.5" });
    expect(await executeAction(approveUpdate, reviewer, { updateId, note: "" })).toMatchObject({ ok: true });
    const update = await db.progressUpdate.findUniqueOrThrow({ where: { id: updateId } });
    expect(update).toMatchObject({ state: "APPROVED", reviewerId: reviewer.id, reviewNote: null });
    expect(update.reviewedAt).toBeInstanceOf(Date);
    const after = await latest(commitment.id);
    expect(after).toMatchObject({ latestUpdateId: updateId, version: commitment.version + 1 });
    expect(Number(after.latestActual)).toBe(5.5);
    expect(Number(after.latestPercent)).toBe(50);
    expect(after.latestAsOf?.toISOString().slice(0, 10)).toBe(`${YEAR}-06-30`);
    const events = await db.auditEvent.findMany({ where: { OR: [{ action: "update.approve", entityId: String(updateId) }, { action: "commitment.latestFigures", entityId: String(commitment.id) }] } });
    expect(events).toHaveLength(2);
  });

  it("is for reviewers only", async () => {
    const { official, commitment, submit } = await scenario();
    const updateId = await submit({ actualValue: "5" });
    for (const actor of [official, await actorFor({ role: "ADMIN" }), await actorFor({ role: "VIEWER" })]) {
      expect(await executeAction(approveUpdate, actor, { updateId })).toMatchObject({ ok: false, kind: "forbidden" });
      expect(await executeAction(returnUpdate, actor, { updateId, note: "x" })).toMatchObject({ ok: false, kind: "forbidden" });
    }
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: updateId } })).state).toBe("SUBMITTED");
    expect((await latest(commitment.id)).latestUpdateId).toBeNull();
  });

  it("lets exactly one of two reviewers approving at once win", async () => {
    const { reviewer, commitment, submit } = await scenario();
    const other = await actorFor({ role: "REVIEWER" });
    const updateId = await submit({ actualValue: "11" });
    const results = await Promise.all([executeAction(approveUpdate, reviewer, { updateId }), executeAction(approveUpdate, other, { updateId })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ kind: "conflict", message: "该进展已处理过（可能是其他审核员，或您在另一个标签页中处理的）。" });
    expect(await db.auditEvent.count({ where: { action: "update.approve", entityId: String(updateId) } })).toBe(1);
    expect((await latest(commitment.id)).version).toBe(commitment.version + 1);
    // Returning what was just approved is refused the same way.
    expect(await executeAction(returnUpdate, reviewer, { updateId, note: "晚了" })).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("records the figures it replaces exactly, however many digits they have", async () => {
    // Decimal(20,4) holds 20 significant digits (imported or seeded figures may use them); JSON
    // numbers — a related row's values under relationJoins — keep about 16.
    const { reviewer, commitment, submit } = await scenario({ targetValue: 2_000_000_000_000_000 });
    await db.commitment.update({ where: { id: commitment.id }, data: { latestActual: "1234567890123.4567", latestAsOf: new Date(`${YEAR}-01-31`) } });
    const updateId = await submit({ actualValue: "999999999999999" });
    expect(await executeAction(approveUpdate, reviewer, { updateId })).toMatchObject({ ok: true, data: { appliedToCommitment: true } });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "commitment.latestFigures", entityId: String(commitment.id) } });
    expect(String((event.before as { latestActual: unknown }).latestActual)).toBe("1234567890123.4567");
    expect(String((await latest(commitment.id)).latestActual)).toBe("999999999999999");
  });

  it("does not let a late approval of an older reading overwrite a newer one", async () => {
    const { reviewer, commitment, submit } = await scenario();
    const june = await submit({ actualValue: "5.5", asOf: `${YEAR}-06-30` });
    const september = await submit({ actualValue: "8.8", asOf: `${YEAR}-09-30` });
    await executeAction(approveUpdate, reviewer, { updateId: september });
    const approvedSeptember = await latest(commitment.id);
    expect(await executeAction(approveUpdate, reviewer, { updateId: june })).toMatchObject({ ok: true, data: { appliedToCommitment: false } });
    const after = await latest(commitment.id);
    expect(after.latestUpdateId).toBe(september);
    expect(Number(after.latestActual)).toBe(8.8);
    expect(after.version).toBe(approvedSeptember.version);
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: june } })).state).toBe("APPROVED");
  });

  it("keeps the later-submitted of two readings of one day, whichever is approved first (3000 typed, 300 sent as its correction)", async () => {
    const { reviewer, commitment, submit } = await scenario({ targetValue: 500, unit: "个", comparator: "AT_LEAST" });
    const typo = await submit({ actualValue: "3000", asOf: `${YEAR}-12-31`, narrative: "全年建成" });
    const correction = await submit({ actualValue: "300", asOf: `${YEAR}-12-31`, narrative: "更正：应为300" });
    await executeAction(approveUpdate, reviewer, { updateId: correction });
    expect(await executeAction(approveUpdate, reviewer, { updateId: typo })).toMatchObject({ ok: true, data: { appliedToCommitment: false } });
    const after = await latest(commitment.id);
    expect([after.latestUpdateId, Number(after.latestActual), Number(after.latestPercent)]).toEqual([correction, 300, 60]);
  });

  it("lets a later-submitted reading of the same day replace the one approved before it", async () => {
    const { reviewer, commitment, submit } = await scenario({ targetValue: 500, unit: "个", comparator: "AT_LEAST" });
    const first = await submit({ actualValue: "3000", asOf: `${YEAR}-12-31`, narrative: "全年建成" });
    await executeAction(approveUpdate, reviewer, { updateId: first });
    const correction = await submit({ actualValue: "300", asOf: `${YEAR}-12-31`, narrative: "更正：应为300" });
    expect(await executeAction(approveUpdate, reviewer, { updateId: correction })).toMatchObject({ ok: true, data: { appliedToCommitment: true } });
    expect((await latest(commitment.id)).latestUpdateId).toBe(correction);
  });

  it("refuses to approve figures onto a verified commitment; the update can still be returned", async () => {
    const { reviewer, commitment, submit } = await scenario();
    const updateId = await submit({ actualValue: "5" });
    await db.commitment.update({ where: { id: commitment.id }, data: { status: "VERIFIED" } });
    const before = await latest(commitment.id);
    expect(await executeAction(approveUpdate, reviewer, { updateId })).toMatchObject({ ok: false, kind: "invalid", message: "该目标任务已核验、已按未完成办结或已撤销，不能再审核通过进展，只能退回。" });
    expect((await latest(commitment.id)).latestPercent).toEqual(before.latestPercent);
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: updateId } })).state).toBe("SUBMITTED");
    expect(await executeAction(returnUpdate, reviewer, { updateId, note: "已核验，无需再报" })).toMatchObject({ ok: true });
  });

  it("answers not found for an update that does not exist", async () => {
    const reviewer = await actorFor({ role: "REVIEWER" });
    expect(await executeAction(approveUpdate, reviewer, { updateId: 999_999_999 })).toMatchObject({ ok: false, kind: "not_found" });
  });
});

describe("returning an update", () => {
  it("needs a note, and records it with the reviewer", async () => {
    const { reviewer, submit } = await scenario();
    const updateId = await submit({ actualValue: "3" });
    expect(await executeAction(returnUpdate, reviewer, { updateId, note: "  " })).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { note: ["请填写意见。"] } });
    expect(await executeAction(returnUpdate, reviewer, { updateId, note: "数据口径不对" })).toMatchObject({ ok: true });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: updateId } })).toMatchObject({ state: "RETURNED", reviewNote: "数据口径不对", reviewerId: reviewer.id });
  });
});

describe("verifying a commitment", () => {
  it("requires the latest approved percent to be 100", async () => {
    const { reviewer, commitment, submit } = await scenario();
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version: commitment.version, note: "核验" })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "最新审核通过的完成率尚未达到 100%，暂不能核验。",
    });
    await executeAction(approveUpdate, reviewer, { updateId: await submit({ actualValue: "11" }) });
    // An update still waiting is decided first (once verified it could only be returned).
    const waiting = await submit({ actualValue: "11.5" });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version: (await latest(commitment.id)).version, note: "核验" })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "该目标任务还有 1 条进展待审核，请先处理后再核验。",
    });
    await executeAction(approveUpdate, reviewer, { updateId: waiting });
    const current = await latest(commitment.id);
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version: current.version, note: "现场核验属实" })).toMatchObject({ ok: true });
    expect(await latest(commitment.id)).toMatchObject({ status: "VERIFIED", verifiedById: reviewer.id, verifyNote: "现场核验属实", version: current.version + 1 });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version: current.version, note: "再次" })).toMatchObject({ ok: false, kind: "conflict" });
    // The version the page read is part of the request: without it nothing is verified.
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, note: "无版本" })).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("takes a milestone reported done, refuses officials and a stale version", async () => {
    const { official, reviewer, commitment, submit } = await scenario({ kind: "MILESTONE" });
    await executeAction(approveUpdate, reviewer, { updateId: await submit({ done: "true" }) });
    const { version } = await latest(commitment.id);
    expect(await executeAction(verifyCommitment, official, { commitmentId: commitment.id, version, note: "x" })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version: 1, note: "x" })).toMatchObject({ ok: false, kind: "conflict" });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version, note: "" })).toMatchObject({ ok: false, kind: "invalid" });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version, note: "已完成划转" })).toMatchObject({ ok: true });
  });

  it("refuses a growth rate at 100% before its deadline, writing nothing: it is only on track", async () => {
    const thisYear = Number(todayIsoDay().slice(0, 4));
    // Met by the mid-year figure, the deadline (end of this year) still ahead: later figures must still come in.
    const { reviewer, commitment } = await scenario({ year: thisYear, comparator: "GROWTH", targetValue: 7, unit: "%", latestPercent: 100 });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version: commitment.version, note: "增速达标" })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: expect.stringContaining("该目标任务尚未完成，暂不能核验"),
    });
    expect(await latest(commitment.id)).toMatchObject({ status: "ACTIVE", verifiedAt: null, verifiedById: null, verifyNote: null, version: commitment.version });
    expect(await db.auditEvent.count({ where: { action: "commitment.verify", entityId: String(commitment.id) } })).toBe(0);
  });

  it("takes a growth rate at 100% once its deadline has passed", async () => {
    const { reviewer, commitment } = await scenario({ comparator: "GROWTH", targetValue: 7, unit: "%", latestPercent: 100 });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version: commitment.version, note: "全年增长 7.2%" })).toMatchObject({ ok: true });
    expect(await latest(commitment.id)).toMatchObject({ status: "VERIFIED", verifiedById: reviewer.id });
  });

  it("takes a level target at 100% before its deadline, as before", async () => {
    const thisYear = Number(todayIsoDay().slice(0, 4));
    const { reviewer, commitment } = await scenario({ year: thisYear, comparator: "AT_LEAST", targetValue: 11, latestPercent: 100 });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: commitment.id, version: commitment.version, note: "11 万亩已建成" })).toMatchObject({ ok: true });
    expect(await latest(commitment.id)).toMatchObject({ status: "VERIFIED", verifiedById: reviewer.id, version: commitment.version + 1 });
  });
});

describe("the review queue", () => {
  it("lists submitted updates oldest first, filtered by department", async () => {
    const { dept, commitment, submit } = await scenario();
    const first = await submit({ actualValue: "1" });
    const second = await submit({ actualValue: "2" });
    const { items, total } = await listReviewQueue({ department: dept.id, page: 1 });
    expect(total).toBe(2);
    expect(items.map((i) => i.update.id)).toEqual([first, second]);
    expect(items[0]).toMatchObject({ commitment: { id: commitment.id, target: "11万亩", deadline: `${YEAR}-12-31`, leadDepartment: dept.name }, update: { percent: 9.09 } });
    // Two readings of one commitment wait: each says so, to be decided together.
    expect(items.map((i) => i.commitment.waiting)).toEqual([2, 2]);
    expect(items.map((i) => i.timesTarget)).toEqual([null, null]);
    expect((await listReviewQueue({ department: (await department()).id, page: 1 })).total).toBe(0);
  });

  it("says when a reading is far beyond its target (1000 against 11万亩: a slip of digits or unit?)", async () => {
    const { dept, submit } = await scenario();
    await submit({ actualValue: "1000" });
    const { items } = await listReviewQueue({ department: dept.id, page: 1 });
    expect(items.map((i) => i.timesTarget)).toEqual([91]);
  });

  it("says which waiting readings a later approved one already stands over (approving them would not make them the figure)", async () => {
    const { dept, reviewer, submit } = await scenario({ targetValue: 500, unit: "个", comparator: "AT_LEAST" });
    const typo = await submit({ actualValue: "3000", asOf: `${YEAR}-12-31`, narrative: "全年建成" });
    const june = await submit({ actualValue: "100", asOf: `${YEAR}-06-30` });
    const correction = await submit({ actualValue: "300", asOf: `${YEAR}-12-31`, narrative: "更正：应为300" });
    const standing = async () => new Map((await listReviewQueue({ department: dept.id, page: 1 })).items.map((i) => [i.update.id, i.supersededBy]));
    expect([...(await standing()).values()]).toEqual([null, null, null]);
    await executeAction(approveUpdate, reviewer, { updateId: correction });
    expect(await standing()).toEqual(new Map([[typo, `${YEAR}-12-31`], [june, `${YEAR}-12-31`]]));
  });

  it("says when a reading would replace an approved total with a smaller one (2.5 after 3万亩: a slip, or the month alone?)", async () => {
    const { dept, reviewer, submit } = await scenario();
    const june = await submit({ actualValue: "3", asOf: `${YEAR}-06-30` });
    await executeAction(approveUpdate, reviewer, { updateId: june });
    const july = await submit({ actualValue: "2.5", asOf: `${YEAR}-07-31`, narrative: "七月" });
    const august = await submit({ actualValue: "4", asOf: `${YEAR}-08-31`, narrative: "八月" });
    const falls = new Map((await listReviewQueue({ department: dept.id, page: 1 })).items.map((i) => [i.update.id, i.fallsBelow]));
    expect(falls).toEqual(new Map([[july, { value: "3万亩", asOf: `${YEAR}-06-30` }], [august, null]]));
  });

  it("shows beside a resubmission the reading it answers and why it was returned", async () => {
    const { dept, reviewer, submit } = await scenario();
    const first = await submit({ actualValue: "3" });
    await executeAction(returnUpdate, reviewer, { updateId: first, note: "请附验收文件" });
    const again = await submit({ actualValue: "3.2", narrative: "补充验收文件", resubmitsId: String(first) });
    const items = (await listReviewQueue({ department: dept.id, page: 1 })).items;
    expect(items.map((i) => [i.update.id, i.answers])).toEqual([
      [again, { asOf: `${YEAR}-06-30`, actualValue: "3", done: null, reviewNote: "请附验收文件", reviewerName: reviewer.displayName, reviewerDisabled: false }],
    ]);
  });

  it("counts a backlog up to 1,000 and says there are more", async () => {
    const { dept, commitment } = await scenario();
    const author = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const row = { commitmentId: commitment.id, authorId: author.id, asOf: new Date(`${YEAR}-06-30T00:00:00Z`), actualValue: "1", narrative: "积压" };
    await db.progressUpdate.createMany({ data: Array.from({ length: QUEUE_COUNT_CAP + 5 }, () => row) });
    const queue = await listReviewQueue({ department: dept.id, page: 1 });
    expect(queue).toMatchObject({ total: QUEUE_COUNT_CAP, capped: true, pages: QUEUE_COUNT_CAP / 20 });
    expect(queue.items).toHaveLength(20);
  });
});
