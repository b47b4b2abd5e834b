import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { getReviewerWork } from "@/lib/my-work/get-reviewer-work";
import { AWAITING_VERIFICATION_SHOWN, listAwaitingVerification } from "@/lib/reviews/list-awaiting-verification";
import { verifyCommitment } from "@/lib/reviews/verify-commitment";
import { seedCommitment, seedReportWithCommitments } from "@/lib/seed/factories";
import { todayIsoDay } from "@/lib/time/today";
import { actorFor, db, department } from "./support";

describe("commitments awaiting verification", () => {
  it("lists what the light calls completed and the reviewer may verify, by department, earliest deadline first", async () => {
    const today = todayIsoDay();
    const year = Number(today.slice(0, 4));
    const dept = await department();
    const reviewer = await actorFor({ role: "REVIEWER" });
    const {
      commitments: [level, , , verified, withdrawn],
    } = await seedReportWithCommitments(
      db,
      [
        { comparator: "AT_LEAST", targetValue: 11, unit: "万亩", latestPercent: 100, leadDepartmentId: dept.id },
        // A growth rate met mid-year is only on track until its deadline.
        { comparator: "GROWTH", targetValue: 7, unit: "%", latestPercent: 100, leadDepartmentId: dept.id },
        { latestPercent: 50, leadDepartmentId: dept.id },
        { latestPercent: 100, leadDepartmentId: dept.id },
        { latestPercent: 100, leadDepartmentId: dept.id },
      ],
      { year },
    );
    await db.commitment.update({ where: { id: verified.id }, data: { status: "VERIFIED" } });
    await db.commitment.update({ where: { id: withdrawn.id }, data: { status: "WITHDRAWN" } });
    // Last year's growth rate, its deadline past: completed. Supported, not led, by the department.
    const pastGrowth = await seedCommitment(db, {
      year: year - 1, comparator: "GROWTH", targetValue: 7, unit: "%", latestPercent: 100,
      leadDepartmentId: (await department()).id, supportingDepartmentIds: [dept.id],
    });
    await seedCommitment(db, { year, latestPercent: 100, leadDepartmentId: (await department()).id });

    const listed = await listAwaitingVerification({ department: dept.id }, today);
    // Not the growth rate met mid-year, the half-done, the verified, the withdrawn, nor another department's.
    expect(listed.items.map((c) => c.id)).toEqual([pastGrowth.id, level.id]);
    expect(listed.total).toBe(2);
    expect(listed.items[1]).toMatchObject({ indicator: level.indicator, comparator: "AT_LEAST", unit: "万亩", deadline: `${year}-12-31`, latestAsOf: `${year}-06-30` });
    expect(Number(listed.items[1].targetValue)).toBe(11);
    // Without the filter every department's count: the other department's too.
    expect((await listAwaitingVerification({}, today)).total).toBeGreaterThanOrEqual(3);

    // The reviewer's summary counts them all; once verified, one leaves the list.
    expect((await getReviewerWork()).awaitingVerification).toBeGreaterThanOrEqual(3);
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: level.id, version: level.version, note: "现场核验属实" })).toMatchObject({ ok: true });
    expect((await listAwaitingVerification({ department: dept.id }, today)).items.map((c) => c.id)).toEqual([pastGrowth.id]);
  });

  it("says on an item what must be decided before it can be verified, as the verification would refuse it", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { commitments: [done] } = await seedReportWithCommitments(db, [{ latestPercent: 100, leadDepartmentId: dept.id }], { year: 2023 });
    const listed = async () => (await listAwaitingVerification({ department: dept.id }, todayIsoDay())).items;
    expect((await listed())[0].waiting).toEqual({ updates: 0, changeRequests: 0 });
    // An older reading sent since, still waiting: listed (it is completed), with what waits on it.
    await db.progressUpdate.create({ data: { commitmentId: done.id, authorId: official.id, asOf: new Date("2023-05-31T00:00:00Z"), actualValue: 80, narrative: "补报5月数据" } });
    expect((await listed())[0]).toMatchObject({ id: done.id, waiting: { updates: 1, changeRequests: 0 } });
    const reviewer = await actorFor({ role: "REVIEWER" });
    expect(await executeAction(verifyCommitment, reviewer, { commitmentId: done.id, version: done.version, note: "核验" })).toMatchObject({ ok: false, message: "该目标任务还有 1 条进展待审核，请先处理后再核验。" });
  });

  it("lists at most AWAITING_VERIFICATION_SHOWN (20) and counts the rest", async () => {
    const dept = await department();
    const many = Array.from({ length: AWAITING_VERIFICATION_SHOWN + 1 }, () => ({ latestPercent: 100, leadDepartmentId: dept.id }));
    await seedReportWithCommitments(db, many, { year: 2023 });
    const listed = await listAwaitingVerification({ department: dept.id }, todayIsoDay());
    expect(listed.items).toHaveLength(AWAITING_VERIFICATION_SHOWN);
    expect(listed.total).toBe(AWAITING_VERIFICATION_SHOWN + 1);
  });
});
