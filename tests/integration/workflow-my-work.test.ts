import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { countMyWork } from "@/lib/my-work/count-my-work";
import { getReviewerWork } from "@/lib/my-work/get-reviewer-work";
import { MY_WORK_SHOWN, listOfficialWork } from "@/lib/my-work/list-official-work";
import { listRefusedRequests } from "@/lib/my-work/list-refused-requests";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { returnUpdate } from "@/lib/reviews/return-update";
import { revokeApproval } from "@/lib/reviews/revoke-approval";
import { monthStart } from "@/lib/my-work/needs-update-where";
import { seedCommitment, seedReportWithCommitments } from "@/lib/seed/factories";
import { todayIsoDay } from "@/lib/time/today";
import { submitUpdate } from "@/lib/updates/submit-update";
import { listCommitmentUpdates } from "@/lib/updates/list-commitment-updates";
import { settledReturn } from "@/lib/updates/settled-return";
import { actorFor, db, department } from "./support";

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Today, its year, a new department with an official, and a reviewer. */
async function officialAndReviewer() {
  const today = todayIsoDay();
  const dept = await department();
  return { today, year: Number(today.slice(0, 4)), dept, official: await actorFor({ role: "OFFICIAL", departmentId: dept.id }), reviewer: await actorFor({ role: "REVIEWER" }) };
}

describe("my work", () => {
  it("lists the first 200 commitments needing an update and says that more are waiting", async () => {
    const today = todayIsoDay();
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const many = Array.from({ length: MY_WORK_SHOWN + 1 }, () => ({ leadDepartmentId: dept.id }));
    await seedReportWithCommitments(db, many, { year: Number(today.slice(0, 4)) });
    const work = await listOfficialWork(official, today);
    expect([work.needsUpdate.length, work.needsUpdateMore, work.returnedMore, work.reportedThisMonthMore]).toEqual([MY_WORK_SHOWN, true, false, false]);
  });

  it("lists an official's commitments needing an update and returned updates, and counts them", async () => {
    const { today, year, dept, official, reviewer } = await officialAndReviewer();
    const dueSoon = await seedCommitment(db, { year, leadDepartmentId: dept.id, deadline: addDays(today, 10) });
    const overdue = await seedCommitment(db, { year: year - 1, leadDepartmentId: dept.id, deadline: `${year - 1}-12-31` });
    const reported = await seedCommitment(db, { year, leadDepartmentId: dept.id, deadline: addDays(today, 200) });
    await seedCommitment(db, { year, leadDepartmentId: (await department()).id });

    expect(await countMyWork(official, today)).toBe(3);
    const sent = await executeAction(submitUpdate, official, { commitmentId: reported.id, asOf: today, actualValue: "1", narrative: "本月进展" });
    if (!sent.ok) throw new Error(sent.message);
    // Submitted this month and not due soon: off the list, and not among the reported ones shown
    // for their deadline either.
    expect(await countMyWork(official, today)).toBe(2);
    expect((await listOfficialWork(official, today)).reportedThisMonth).toEqual([]);

    const late = await executeAction(submitUpdate, official, { commitmentId: overdue.id, asOf: `${year - 1}-12-31`, actualValue: "2", narrative: "年底数据" });
    if (!late.ok) throw new Error(late.message);
    await executeAction(returnUpdate, reviewer, { updateId: late.data.updateId, note: "请附统计报表" });

    const work = await listOfficialWork(official, today);
    // The overdue one is to do as its return (one to-do, not two).
    expect(work.needsUpdate.map((c) => [c.id, c.reasons])).toEqual([[dueSoon.id, ["dueSoon", "noUpdateThisMonth"]]]);
    expect(work.returned).toMatchObject([{ update: { id: late.data.updateId, reviewNote: "请附统计报表" }, indicator: overdue.indicator }]);
    // Nothing of theirs waits for review yet; a reading sent for one due soon says so there.
    expect(work.needsUpdate.map((c) => c.waitingReview)).toEqual([0]);
    expect(await countMyWork(official, today)).toBe(2);
    // The badge (one SQL statement) and the list (Prisma) apply the same rules.
    expect(await countMyWork(official, today)).toBe(work.needsUpdate.length + work.returned.length);
    expect(await countMyWork(await actorFor({ role: "VIEWER" }))).toBe(0);

    // Once the commitment is closed (verified) it takes no resubmission: its return is nothing
    // left to do, in the list and in the badge.
    await db.commitment.update({ where: { id: overdue.id }, data: { status: "VERIFIED" } });
    const closed = await listOfficialWork(official, today);
    expect(closed.returned).toEqual([]);
    expect(await countMyWork(official, today)).toBe(closed.needsUpdate.length);

    // Due soon and reported, it is done for the month: off the to-do list and the badge, shown
    // below them as reported (waiting for review) so its deadline stays in sight.
    const soon = await executeAction(submitUpdate, official, { commitmentId: dueSoon.id, asOf: today, actualValue: "1", narrative: "临近到期的进展" });
    if (!soon.ok) throw new Error(soon.message);
    const done = await listOfficialWork(official, today);
    expect(done.needsUpdate).toEqual([]);
    expect(done.reportedThisMonth.map((c) => [c.id, c.reasons, c.waitingReview, c.approvedThisMonth])).toEqual([[dueSoon.id, ["dueSoon"], 1, 0]]);
    expect(await countMyWork(official, today)).toBe(0);
  });

  // QA: an official reported every overdue commitment of the department this month and still saw
  // 我的工作 14. Reported this month (a reading waiting or approved), it is nothing left to do until
  // next month — unless its reading comes back, which puts its return on the list (the return
  // alone: answering it reports the commitment).
  it("takes an overdue commitment off the to-do list and the badge once reported this month, until its reading is returned", async () => {
    const { today, year, dept, official, reviewer } = await officialAndReviewer();
    const overdue = await seedCommitment(db, { year: year - 1, leadDepartmentId: dept.id, deadline: `${year - 1}-12-31` });
    const asOf = `${year - 1}-12-31`;
    const send = async (actualValue: string, resubmitsId?: number) => {
      const sent = await executeAction(submitUpdate, official, { commitmentId: overdue.id, asOf, actualValue, narrative: "年底数据", resubmitsId });
      if (!sent.ok) throw new Error(sent.message);
      return sent.data.updateId;
    };
    const state = async () => {
      const work = await listOfficialWork(official, today);
      // The badge (one SQL statement) counts exactly what the to-do lists hold, never the reported group.
      expect(await countMyWork(official, today)).toBe(work.needsUpdate.length + work.returned.length);
      return {
        toDo: work.needsUpdate.map((c) => [c.id, c.reasons, c.waitingReview]),
        returned: work.returned.map((r) => r.update.id),
        reported: work.reportedThisMonth.map((c) => [c.id, c.reasons, c.waitingReview, c.approvedThisMonth]),
      };
    };

    // A reading sent last month and still waiting does not report this month.
    await db.progressUpdate.create({
      data: { commitmentId: overdue.id, authorId: official.id, asOf: new Date(`${year - 1}-11-30T00:00:00Z`), actualValue: 50, narrative: "十一月", createdAt: new Date(monthStart(today).getTime() - 60_000) },
    });
    expect(await state()).toEqual({ toDo: [[overdue.id, ["overdue", "noUpdateThisMonth"], 1]], returned: [], reported: [] });

    // Sent this month: done for the month, shown below as reported and waiting.
    const first = await send("60");
    expect(await state()).toEqual({ toDo: [], returned: [], reported: [[overdue.id, ["overdue"], 2, 0]] });

    // Returned, it is not reported: the return is to do, not the commitment as well.
    await executeAction(returnUpdate, reviewer, { updateId: first, note: "请附统计报表" });
    expect(await state()).toEqual({ toDo: [], returned: [first], reported: [] });

    // Answered and approved: reported again, and said to be approved.
    const answer = await send("62", first);
    expect(await state()).toEqual({ toDo: [], returned: [], reported: [[overdue.id, ["overdue"], 2, 0]] });
    expect(await executeAction(approveUpdate, reviewer, { updateId: answer })).toMatchObject({ ok: true });
    expect(await state()).toEqual({ toDo: [], returned: [], reported: [[overdue.id, ["overdue"], 1, 1]] });

    // The approval taken back (撤回审核通过) returns the reading: to do again, as its return.
    expect(await executeAction(revokeApproval, reviewer, { updateId: answer, note: "数据口径有误" })).toMatchObject({ ok: true });
    expect(await state()).toEqual({ toDo: [], returned: [answer], reported: [] });
  });

  // QA: a reading sent this month and returned put its commitment on the list twice — as a return to
  // answer and under 需要报送 (本月尚未报送) — and in the badge twice. The return alone is the to-do.
  it("lists a commitment with a return to answer once, as the return, in the list and in the badge", async () => {
    const { today, year, dept, official, reviewer } = await officialAndReviewer();
    const lastYear = (n: number) => seedCommitment(db, { year: year - 1, leadDepartmentId: dept.id, deadline: `${year - 1}-12-31`, indicator: `退回指标${n}` });
    const [returnedNow, returnedBefore, overtaken, untouched] = [await lastYear(1), await lastYear(2), await lastYear(3), await lastYear(4)];
    const beforeThisMonth = (minutes: number) => new Date(monthStart(today).getTime() - minutes * 60_000);
    const state = async () => {
      const work = await listOfficialWork(official, today);
      expect(await countMyWork(official, today)).toBe(work.needsUpdate.length + work.returned.length);
      return { toDo: work.needsUpdate.map((c) => c.id).sort((a, b) => a - b), returned: work.returned.map((r) => r.update.id) };
    };

    // This month's only reading, returned.
    const sent = await executeAction(submitUpdate, official, { commitmentId: returnedNow.id, asOf: `${year - 1}-12-31`, actualValue: "60", narrative: "年底数据" });
    if (!sent.ok) throw new Error(sent.message);
    expect(await executeAction(returnUpdate, reviewer, { updateId: sent.data.updateId, note: "请附统计报表" })).toMatchObject({ ok: true });
    // Returned last month and never answered: still the to-do, whatever this month brings.
    const old = await db.progressUpdate.create({
      data: { commitmentId: returnedBefore.id, authorId: official.id, asOf: new Date(`${year - 1}-11-30T00:00:00Z`), actualValue: 50, narrative: "十一月", state: "RETURNED", reviewerId: reviewer.id, reviewNote: "口径不对", reviewedAt: beforeThisMonth(60), createdAt: beforeThisMonth(120) },
    });
    // Returned, then overtaken last month by a later reading approved: nothing to answer, so the
    // commitment is to report on again this month.
    await db.progressUpdate.create({
      data: { commitmentId: overtaken.id, authorId: official.id, asOf: new Date(`${year - 1}-06-30T00:00:00Z`), actualValue: 30, narrative: "上半年", state: "RETURNED", reviewerId: reviewer.id, reviewNote: "请附明细", reviewedAt: beforeThisMonth(90), createdAt: beforeThisMonth(120) },
    });
    const september = await db.progressUpdate.create({
      data: { commitmentId: overtaken.id, authorId: official.id, asOf: new Date(`${year - 1}-09-30T00:00:00Z`), actualValue: 45, percent: 45, narrative: "九月", state: "APPROVED", reviewerId: reviewer.id, reviewedAt: beforeThisMonth(30), createdAt: beforeThisMonth(60) },
    });
    await db.commitment.update({ where: { id: overtaken.id }, data: { latestActual: 45, latestPercent: 45, latestAsOf: september.asOf, latestUpdateId: september.id } });

    expect(await state()).toEqual({ toDo: [overtaken.id, untouched.id], returned: [old.id, sent.data.updateId] });

    // Answered: reported this month, and nothing left to do for it.
    const answer = await executeAction(submitUpdate, official, { commitmentId: returnedNow.id, asOf: `${year - 1}-12-31`, actualValue: "62", narrative: "附统计报表", resubmitsId: sent.data.updateId });
    if (!answer.ok) throw new Error(answer.message);
    expect(await state()).toEqual({ toDo: [overtaken.id, untouched.id], returned: [old.id] });
  });

  it("drops a returned update once a reading as of the same day or later waits or is approved", async () => {
    const { today, year, dept, official, reviewer } = await officialAndReviewer();
    const commitment = await seedCommitment(db, { year: year - 1, leadDepartmentId: dept.id, deadline: `${year - 1}-12-31` });
    const send = async (asOf: string, actualValue: string, narrative: string) => {
      const sent = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf, actualValue, narrative });
      if (!sent.ok) throw new Error(sent.message);
      return sent.data.updateId;
    };
    const june = await send(`${year - 1}-06-30`, "3", "上半年");
    // Already waiting when June is returned: it does not hide the return's note.
    const august = await send(`${year - 1}-08-31`, "5", "八月");
    await executeAction(returnUpdate, reviewer, { updateId: june, note: "请附明细" });
    // The commitment page offers 修改后重新报送 for exactly what my work lists (settledReturn).
    const toAnswerOnPage = async () => {
      const latest = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id }, select: { latestAsOf: true, latestUpdateId: true } });
      const readings = await listCommitmentUpdates(official, commitment.id);
      return readings.filter((u) => u.state === "RETURNED" && u.resubmittedById === null && settledReturn(latest, u, readings) === null).map((u) => u.id).sort((a, b) => a - b);
    };
    const returnedIds = async () => {
      const listed = (await listOfficialWork(official, today)).returned.map((r) => r.update.id);
      expect(await toAnswerOnPage()).toEqual([...listed].sort((a, b) => a - b));
      return listed;
    };
    expect(await returnedIds()).toEqual([june]);
    expect(await countMyWork(official, today)).toBe((await listOfficialWork(official, today)).needsUpdate.length + 1);
    await executeAction(returnUpdate, reviewer, { updateId: august, note: "数据有误" });
    expect(await returnedIds()).toEqual([june, august]);

    // An earlier day overtakes neither.
    await send(`${year - 1}-05-31`, "2", "五月");
    expect(await returnedIds()).toEqual([june, august]);
    // A later reading sent after the return does: the official reported again instead (August,
    // returned too, is overtaken only by a reading of its own day or later).
    const july = await send(`${year - 1}-07-31`, "4", "七月");
    expect(await returnedIds()).toEqual([august]);
    await send(`${year - 1}-08-31`, "5.5", "八月（更正）");
    const work = await listOfficialWork(official, today);
    expect(work.returned).toEqual([]);
    expect(await countMyWork(official, today)).toBe(work.needsUpdate.length);
    // And stays overtaken once that reading is approved.
    expect(await executeAction(approveUpdate, reviewer, { updateId: july })).toMatchObject({ ok: true });
    expect(await returnedIds()).toEqual([]);
  });

  it("keeps a returned correction of a day already approved: the approved reading came before it", async () => {
    const { today, year, dept, official, reviewer } = await officialAndReviewer();
    const commitment = await seedCommitment(db, { year: year - 1, leadDepartmentId: dept.id, deadline: `${year - 1}-12-31` });
    const day = `${year - 1}-11-30`;
    const first = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: day, actualValue: "60", narrative: "十一月" });
    if (!first.ok) throw new Error(first.message);
    expect(await executeAction(approveUpdate, reviewer, { updateId: first.data.updateId })).toMatchObject({ ok: true });
    const correction = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: day, actualValue: "65", narrative: "更正：漏统5个" });
    if (!correction.ok) throw new Error(correction.message);
    await executeAction(returnUpdate, reviewer, { updateId: correction.data.updateId, note: "请附县级验收文件后重新报送" });
    const work = await listOfficialWork(official, today);
    expect(work.returned).toMatchObject([{ update: { id: correction.data.updateId, reviewNote: "请附县级验收文件后重新报送" } }]);
    expect(await countMyWork(official, today)).toBe(work.needsUpdate.length + 1);
  });

  it("keeps a returned late report of an earlier day: the approved later reading was sent before it", async () => {
    const { today, year, dept, official, reviewer } = await officialAndReviewer();
    const commitment = await seedCommitment(db, { year: year - 1, leadDepartmentId: dept.id, deadline: `${year - 1}-12-31` });
    const november = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: `${year - 1}-11-30`, actualValue: "60", narrative: "十一月" });
    if (!november.ok) throw new Error(november.message);
    expect(await executeAction(approveUpdate, reviewer, { updateId: november.data.updateId })).toMatchObject({ ok: true });
    // 补报 of June, sent after November was approved, and returned: past days read it, so the
    // official has to answer it.
    const june = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: `${year - 1}-06-30`, actualValue: "30", narrative: "补报：上半年" });
    if (!june.ok) throw new Error(june.message);
    await executeAction(returnUpdate, reviewer, { updateId: june.data.updateId, note: "上半年数字与统计局不符，请核实" });
    const work = await listOfficialWork(official, today);
    expect(work.returned).toMatchObject([{ update: { id: june.data.updateId, reviewNote: "上半年数字与统计局不符，请核实" } }]);
    expect(await countMyWork(official, today)).toBe(work.needsUpdate.length + 1);
    // A later reading sent after the return overtakes it, as any return.
    const december = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: `${year - 1}-12-31`, actualValue: "70", narrative: "十二月" });
    if (!december.ok) throw new Error(december.message);
    expect(await executeAction(approveUpdate, reviewer, { updateId: december.data.updateId })).toMatchObject({ ok: true });
    expect((await listOfficialWork(official, today)).returned).toEqual([]);
  });

  it("counts what it lists for supporting departments and running targets too", async () => {
    const today = todayIsoDay();
    const year = Number(today.slice(0, 4));
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    // Supported, not led: on the official's list.
    const supported = await seedCommitment(db, { year, leadDepartmentId: (await department()).id, supportingDepartmentIds: [dept.id], deadline: addDays(today, 200) });
    // Supported, with no lead department (yet): on the list too.
    const unled = await seedCommitment(db, { year, leadDepartmentId: null, supportingDepartmentIds: [dept.id], deadline: addDays(today, 200) });
    // A growth rate already met is still read monthly until its deadline; an EQUAL target met is done.
    const growth = await seedCommitment(db, { year, leadDepartmentId: dept.id, comparator: "GROWTH", deadline: addDays(today, 200) });
    const met = await seedCommitment(db, { year, leadDepartmentId: dept.id, comparator: "EQUAL", deadline: addDays(today, 200) });
    await db.commitment.updateMany({ where: { id: { in: [growth.id, met.id] } }, data: { latestPercent: 100 } });

    const work = await listOfficialWork(official, today);
    expect(new Set(work.needsUpdate.map((c) => c.id))).toEqual(new Set([supported.id, unled.id, growth.id]));
    expect(await countMyWork(official, today)).toBe(work.needsUpdate.length + work.returned.length);

    // Led and also listed as supporting (the owners form does not offer it; the data allows it):
    // one commitment, counted once.
    await db.commitmentSupport.create({ data: { commitmentId: growth.id, departmentId: dept.id } });
    expect((await listOfficialWork(official, today)).needsUpdate).toHaveLength(3);
    expect(await countMyWork(official, today)).toBe(3);
  });

  it("counts a reviewer's waiting updates and reports the oldest one's age", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    const commitment = await seedCommitment(db, { year: new Date().getUTCFullYear() - 1, leadDepartmentId: dept.id });
    const sent = await executeAction(submitUpdate, official, { commitmentId: commitment.id, asOf: `${new Date().getUTCFullYear() - 1}-03-31`, actualValue: "1", narrative: "一季度" });
    if (!sent.ok) throw new Error(sent.message);
    expect(await countMyWork(reviewer)).toBeGreaterThanOrEqual(1);
    const work = await getReviewerWork();
    expect(work.queueSize).toBeGreaterThanOrEqual(1);
    expect(work.oldestAgeDays).toBeGreaterThanOrEqual(0);
    await executeAction(approveUpdate, reviewer, { updateId: sent.data.updateId });
  });
});

describe("my work: refused requests", () => {
  it("lists the department's requests refused in the last 30 days, newest first, with the reason", async () => {
    const { today, year, dept, official, reviewer } = await officialAndReviewer();
    const colleague = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const commitment = await seedCommitment(db, { year, leadDepartmentId: dept.id, deadline: addDays(today, 20) });
    const elsewhere = await seedCommitment(db, { year, leadDepartmentId: (await department()).id });
    const request = (requesterId: number, commitmentId: number, reviewedAt: Date, state: "REFUSED" | "APPROVED" = "REFUSED") =>
      db.changeRequest.create({
        data: { commitmentId, kind: "EXTEND_DEADLINE", requesterId, proposedDeadline: new Date(`${addDays(today, 90)}T00:00:00Z`), reason: "工期", state, reviewerId: reviewer.id, reviewNote: "理由不足", reviewedAt },
      });
    const now = new Date();
    const days = (n: number) => new Date(now.getTime() - n * 86_400_000);
    const recent = await request(colleague.id, commitment.id, days(2));
    const older = await request(official.id, commitment.id, days(10));
    await request(official.id, commitment.id, days(31)); // past the window
    await request(official.id, commitment.id, days(1), "APPROVED");
    await request(colleague.id, elsewhere.id, days(1)); // another department's
    expect((await listRefusedRequests(official, now)).map((r) => [r.id, r.indicator, r.reviewNote])).toEqual([
      [recent.id, commitment.indicator, "理由不足"],
      [older.id, commitment.indicator, "理由不足"],
    ]);
  });
});
