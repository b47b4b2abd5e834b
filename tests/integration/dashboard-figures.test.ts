import { beforeAll, describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import type { Actor } from "@/lib/auth/actor";
import { formatPercent } from "@/lib/commitments/format-figures";
import { getGroupStats } from "@/lib/dashboard/get-group-stats";
import { getMonthlyTrend } from "@/lib/dashboard/get-monthly-trend";
import { getStatusSummary } from "@/lib/dashboard/get-status-summary";
import { listAttentionItems } from "@/lib/dashboard/list-attention-items";
import type { DashboardScope } from "@/lib/dashboard/scoped-commitments";
import { closeUnmetCommitment } from "@/lib/reviews/close-unmet-commitment";
import { actorFor, db, department, reportWithCommitments } from "./support";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = "2023-07-15";

/**
 * Four commitments of two departments with approved figures before and after 2023-07-05, so the
 * dashboard of "today" (2023-07-15, read from the rows) and of 07-05 (read from the history)
 * must differ exactly by the later updates.
 */
/** An approved reading of `percent` as of `asOf` (approved that day unless said), kept on the row as an approval keeps it. */
async function approve(commitmentId: number, authorId: number, asOf: string, percent: number, reviewedOn = asOf) {
  const update = await db.progressUpdate.create({
    data: { commitmentId, authorId, asOf: day(asOf), actualValue: percent, percent, narrative: `截至${asOf}完成${percent}%`, state: "APPROVED", reviewedAt: day(reviewedOn) },
  });
  // What the approval transaction keeps on the row (applyApprovedFigures).
  await db.commitment.update({ where: { id: commitmentId }, data: { latestActual: percent, latestPercent: percent, latestAsOf: day(asOf), latestUpdateId: update.id } });
}

describe("the dashboard's figures", () => {
  let reportId: number;
  let viewer: Actor;
  let officialA: Actor;
  let deptA: { id: number; name: string };
  let deptB: { id: number; name: string };

  beforeAll(async () => {
    [deptA, deptB] = [await department(), await department()];
    const { report, commitments } = await reportWithCommitments([
      { indicator: "A1 新增高标准农田", deadline: "2023-06-30", leadDepartmentId: deptA.id },
      { indicator: "A2 新建5G基站", deadline: "2023-12-31", leadDepartmentId: deptA.id },
      { indicator: "B1 新增城镇就业", deadline: "2023-12-31", leadDepartmentId: deptB.id },
      { indicator: "B2 公交集团股权划转", kind: "MILESTONE", deadline: "2023-08-10", leadDepartmentId: deptB.id },
    ]);
    reportId = report.id;
    viewer = await actorFor({ role: "VIEWER" });
    officialA = await actorFor({ role: "OFFICIAL", departmentId: deptA.id });
    const [a1, a2, b1] = commitments;
    await approve(a1.id, officialA.id, "2023-03-31", 40);
    await approve(a2.id, officialA.id, "2023-05-31", 30);
    await approve(a1.id, officialA.id, "2023-07-10", 100);
    await approve(a2.id, officialA.id, "2023-07-12", 60);
    await db.commitment.update({ where: { id: a1.id }, data: { status: "VERIFIED", verifiedAt: new Date("2023-07-12T02:00:00Z") } });
    // Submitted, never approved: counts nowhere.
    await db.progressUpdate.create({ data: { commitmentId: b1.id, authorId: officialA.id, asOf: day("2023-07-01"), actualValue: 90, percent: 90, narrative: "待审核", state: "SUBMITTED" } });
  });

  const scope = (asOf: string, actor: Actor = viewer): DashboardScope => ({ actor, reportId, asOf, today: TODAY });

  it("sums up today from the figures kept on the rows", async () => {
    const summary = await getStatusSummary(scope(TODAY));
    expect(summary).toMatchObject({ total: 4, meanPercent: 40, completed: 0, verified: 1, overdue: 0, atRisk: 1 });
    expect(Object.fromEntries(summary.distribution.filter((d) => d.count).map((d) => [d.light, d.count]))).toEqual({ VERIFIED: 1, ON_TRACK: 2, BEHIND: 1 });
  });

  it("shows a past day from the updates approved up to it, ignoring later ones and later verification", async () => {
    const summary = await getStatusSummary(scope("2023-07-05"));
    expect(summary).toMatchObject({ total: 4, meanPercent: 17.5, completed: 0, verified: 0, overdue: 1, atRisk: 2 });
    const overdue = await listAttentionItems(scope("2023-07-05"), "overdue");
    expect(overdue.items.map((i) => [i.indicator, i.latestPercent])).toEqual([["A1 新增高标准农田", 40]]);
    expect(overdue.total).toBe(1);
    expect((await listAttentionItems(scope(TODAY), "overdue")).total).toBe(0);
  });

  it("ranks lead departments with their overdue counts, sortable", async () => {
    const past = await getGroupStats(scope("2023-07-05"), "department", { sort: "overdue", dir: "desc" });
    expect(past.map((g) => [g.name, g.total, g.meanPercent, g.completed, g.overdue, g.atRisk])).toEqual([
      [deptA.name, 2, 35, 0, 1, 1],
      [deptB.name, 2, 0, 0, 0, 1],
    ]);
    const now = await getGroupStats(scope(TODAY), "department", { sort: "meanPercent", dir: "asc" });
    expect(now.map((g) => [g.name, g.meanPercent, g.completed])).toEqual([
      [deptB.name, 0, 0],
      [deptA.name, 80, 1],
    ]);
    expect(await getGroupStats(scope(TODAY), "section")).toEqual([{ id: expect.any(Number), name: "三(一) 测试", shortName: "三(一)", total: 4, meanPercent: 40, completed: 1, overdue: 0, unmet: 0, atRisk: 1 }]);
  });

  it("lists what falls due in the next 30 days", async () => {
    expect((await listAttentionItems(scope(TODAY), "dueSoon")).items.map((i) => i.indicator)).toEqual(["B2 公交集团股权划转"]);
    expect((await listAttentionItems(scope("2023-07-05"), "dueSoon")).total).toBe(0);
  });

  it("draws the trend month by month up to the as-of day", async () => {
    expect(await getMonthlyTrend(scope(TODAY), 2023)).toEqual([
      { month: "2023-01", approved: 0, meanPercent: 0 },
      { month: "2023-02", approved: 0, meanPercent: 0 },
      { month: "2023-03", approved: 1, meanPercent: 10 },
      { month: "2023-04", approved: 0, meanPercent: 10 },
      { month: "2023-05", approved: 1, meanPercent: 17.5 },
      { month: "2023-06", approved: 0, meanPercent: 17.5 },
      { month: "2023-07", approved: 2, meanPercent: 40 },
    ]);
    expect((await getMonthlyTrend(scope("2023-07-05"), 2023)).at(-1)).toEqual({ month: "2023-07", approved: 0, meanPercent: 17.5 });
    // Long after the report year the trend stops at the year's end.
    const later = await getMonthlyTrend({ ...scope(TODAY), asOf: "2025-03-01", today: "2025-03-01" }, 2023);
    expect([later.length, later.at(-1)]).toEqual([12, { month: "2023-12", approved: 0, meanPercent: 40 }]);
  });

  it("counts only an official's own department", async () => {
    const summary = await getStatusSummary(scope(TODAY, officialA));
    expect(summary).toMatchObject({ total: 2, meanPercent: 80, verified: 1 });
    expect((await getGroupStats(scope(TODAY, officialA), "department")).map((g) => g.name)).toEqual([deptA.name]);
    expect((await getMonthlyTrend(scope(TODAY, officialA), 2023)).at(-1)).toEqual({ month: "2023-07", approved: 2, meanPercent: 80 });
  });
});

// 新增高标准农田11万亩 done, 新建5G基站 at 99.99%: the mean is 99.995, which is not everything done.
describe("a mean just short of 100", () => {
  it("is kept exact, so the dashboard says 99.99% and not 100%", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "新增高标准农田", deadline: "2023-12-31", leadDepartmentId: dept.id },
      { indicator: "新建5G基站", deadline: "2023-12-31", leadDepartmentId: dept.id },
    ]);
    for (const [c, percent] of [[commitments[0], 100], [commitments[1], 99.99]] as const) await approve(c.id, official.id, "2023-06-30", percent);
    const viewer = await actorFor({ role: "VIEWER" });
    const at = { actor: viewer, reportId: report.id, asOf: "2023-07-01", today: "2023-07-01" };
    const means = [
      (await getStatusSummary(at)).meanPercent,
      (await getGroupStats(at, "department"))[0].meanPercent,
      (await getMonthlyTrend(at, 2023)).at(-1)?.meanPercent,
    ];
    expect(means.map((m) => formatPercent(m ?? 0))).toEqual(["99.99%", "99.99%", "99.99%"]);
  });
});

// 实施388个重大项目: 300 approved as of June (77.32%), the target adjusted to 400 on July 3rd, which
// re-measured that reading at 75%. The trend's months read it as the dashboard's past days do.
describe("the trend after a target adjustment", () => {
  it("gives the re-measured percent from the month the adjustment was approved in", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { report, commitments } = await reportWithCommitments([{ indicator: "实施重大项目", deadline: "2023-12-31", leadDepartmentId: dept.id }]);
    const [c] = commitments;
    const reading = await db.progressUpdate.create({
      data: { commitmentId: c.id, authorId: official.id, asOf: day("2023-06-30"), actualValue: 300, percent: 77.32, narrative: "已实施300个", state: "APPROVED", reviewedAt: day("2023-07-01") },
    });
    await db.changeRequest.create({
      data: {
        commitmentId: c.id, requesterId: official.id, kind: "ADJUST_TARGET", proposedValue: 400, reason: "新增项目", state: "APPROVED",
        // 2023-07-03 10:00 in Beijing.
        reviewedAt: new Date("2023-07-03T02:00:00Z"), remeasuredUpdateId: reading.id, remeasuredPercent: 75,
      },
    });
    const viewer = await actorFor({ role: "VIEWER" });
    const trend = await getMonthlyTrend({ actor: viewer, reportId: report.id, asOf: "2023-07-15", today: "2023-07-15" }, 2023);
    expect(trend.slice(-2)).toEqual([
      { month: "2023-06", approved: 1, meanPercent: 77.32 },
      { month: "2023-07", approved: 0, meanPercent: 75 },
    ]);
    // Before the adjustment was approved, its month still read the percent the reading was approved with.
    expect((await getMonthlyTrend({ actor: viewer, reportId: report.id, asOf: "2023-07-02", today: "2023-07-02" }, 2023)).at(-1)).toEqual({ month: "2023-07", approved: 0, meanPercent: 77.32 });
  });
});

describe("the trend's last month", () => {
  it("reaches a reading dated after every deadline, so its last point equals the headline mean", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { report, commitments } = await reportWithCommitments([{ indicator: "新增城镇就业", deadline: "2023-12-31", leadDepartmentId: dept.id }]);
    await approve(commitments[0].id, official.id, "2024-06-30", 60, "2024-07-02");
    const viewer = await actorFor({ role: "VIEWER" });
    const scope = { actor: viewer, reportId: report.id, asOf: "2024-07-15", today: "2024-07-15" };
    const trend = await getMonthlyTrend(scope, 2023);
    expect(trend.at(-1)).toEqual({ month: "2024-06", approved: 1, meanPercent: 60 });
    expect((await getStatusSummary(scope)).meanPercent).toBe(60);
  });
});

describe("the trend of a report long past", () => {
  it("ends with the report's year, not at today, for a deadline extended years on: later months only where readings were dated", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    // A 2023 report one of whose commitments was extended (延期) to 2027-06-30.
    const { report, commitments } = await reportWithCommitments([
      { indicator: "新建城市书房", deadline: "2023-12-31", leadDepartmentId: dept.id },
      { indicator: "建成综合管廊", deadline: "2027-06-30", leadDepartmentId: dept.id },
    ]);
    const viewer = await actorFor({ role: "VIEWER" });
    const scope = { actor: viewer, reportId: report.id, asOf: "2026-12-08", today: "2026-12-08" };
    const yearOnly = await getMonthlyTrend(scope, 2023);
    expect([yearOnly.length, yearOnly.at(-1)?.month]).toEqual([12, "2023-12"]);
    // A reading dated in March 2024 takes the trend to that month, and no further.
    await approve(commitments[1].id, official.id, "2024-03-31", 30, "2024-04-02");
    const withReading = await getMonthlyTrend(scope, 2023);
    expect([withReading.length, withReading.at(-1)]).toEqual([15, { month: "2024-03", approved: 1, meanPercent: 15 }]);
  });
});

describe("the trend and a withdrawal", () => {
  it("leaves a commitment out of the months it stood withdrawn, as the dashboard of those days does", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "建成口袋公园", deadline: "2023-12-31", leadDepartmentId: dept.id },
      { indicator: "新建城市书房", deadline: "2023-12-31", leadDepartmentId: dept.id },
    ]);
    const [parks, library] = commitments;
    for (const [c, percent] of [[parks, 40], [library, 80]] as const) {
      await db.progressUpdate.create({ data: { commitmentId: c.id, authorId: official.id, asOf: day("2023-07-31"), actualValue: percent, percent, narrative: "进展", state: "APPROVED", reviewedAt: day("2023-08-01") } });
    }
    // Withdrawn on 09-05, restored on 10-05 (Beijing noon).
    await db.commitmentClosure.create({ data: { commitmentId: parks.id, status: "WITHDRAWN", previousStatus: "ACTIVE", closedAt: new Date("2023-09-05T04:00:00Z"), reopenedAt: new Date("2023-10-05T04:00:00Z") } });
    const viewer = await actorFor({ role: "VIEWER" });
    const trend = await getMonthlyTrend({ actor: viewer, reportId: report.id, asOf: "2023-10-31", today: "2023-10-31" }, 2023);
    expect(trend.slice(6).map((p) => [p.month, p.approved, p.meanPercent])).toEqual([
      ["2023-07", 2, 60],
      ["2023-08", 0, 60],
      ["2023-09", 0, 80],
      ["2023-10", 0, 60],
    ]);
  });
});

// A year-end closing is a light of its own: the league table counts it, so a department's row
// accounts for its closed commitments (the summary cards and the ledger's 汇总 sheet do).
describe("the league table's closings", () => {
  it("counts a commitment closed as not delivered under 未完成办结, and sorts by it", async () => {
    const [missed, kept] = [await department(), await department()];
    const { report, commitments } = await reportWithCommitments([
      { indicator: "新建社区食堂", deadline: "2023-06-30", leadDepartmentId: missed.id },
      { indicator: "新增养老床位", deadline: "2023-06-30", leadDepartmentId: missed.id },
      { indicator: "新建口袋公园", deadline: "2023-06-30", leadDepartmentId: kept.id },
    ]);
    const reviewer = await actorFor({ role: "REVIEWER" });
    const [canteens] = commitments;
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: canteens.id, version: canteens.version, note: "选址未落实" })).toMatchObject({ ok: true });
    const today = new Date().toISOString().slice(0, 10);
    const stats = await getGroupStats({ actor: await actorFor({ role: "VIEWER" }), reportId: report.id, asOf: today, today }, "department", { sort: "unmet", dir: "desc" });
    expect(stats.map((g) => [g.name, g.total, g.overdue, g.unmet])).toEqual([
      [missed.name, 2, 1, 1],
      [kept.name, 1, 1, 0],
    ]);
  });
});
