import { describe, expect, it } from "vitest";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { actorFor, db, department, reportWithCommitments } from "./support";

describe("the commitment list", () => {
  it("shows an official only their department's commitments (lead or supporting)", async () => {
    const [mine, theirs] = [await department(), await department()];
    const { report, commitments } = await reportWithCommitments([
      { indicator: "我牵头的", leadDepartmentId: mine.id },
      { indicator: "别人牵头的", leadDepartmentId: theirs.id },
      { indicator: "我配合的", leadDepartmentId: theirs.id },
    ]);
    await db.commitmentSupport.create({ data: { commitmentId: commitments[2].id, departmentId: mine.id } });
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { rows, total } = await listCommitments(official, parseCommitmentFilters({ report: String(report.id) }), "2023-03-01");
    expect(rows.map((r) => r.indicator)).toEqual(["我牵头的", "我配合的"]);
    expect(total).toBe(2);
    const viewer = await actorFor({ role: "VIEWER" });
    expect((await listCommitments(viewer, parseCommitmentFilters({ report: String(report.id) }), "2023-03-01")).total).toBe(3);
  });

  it("marks a deadline as the default year's end only while it is the report's unstated one", async () => {
    const { report, commitments } = await reportWithCommitments([
      { indicator: "未写明时限" },
      { indicator: "写明时限", deadline: "2023-06-30" },
      { indicator: "已延期" },
    ]);
    // An approved 延期 moves the deadline; the original stays.
    await db.commitment.update({ where: { id: commitments[2].id }, data: { deadline: new Date("2024-06-30T00:00:00Z") } });
    const viewer = await actorFor({ role: "VIEWER" });
    const { rows } = await listCommitments(viewer, parseCommitmentFilters({ report: String(report.id) }), "2023-03-01");
    expect(rows.map((r) => [r.indicator, r.deadlineDefault])).toEqual([["未写明时限", true], ["写明时限", false], ["已延期", false]]);
  });

  it("filters by status light, deadline window and Chinese free text, and pages", async () => {
    const { report } = await reportWithCommitments([
      { indicator: "高标准农田", deadline: "2023-06-30", latestPercent: 10 },
      { indicator: "乙烯项目", deadline: "2023-12-31", latestPercent: 100 },
      { indicator: "农田水利", deadline: "2023-12-31" },
    ]);
    const viewer = await actorFor({ role: "VIEWER" });
    const list = (params: Record<string, string>, today = "2023-07-15") =>
      listCommitments(viewer, parseCommitmentFilters({ report: String(report.id), ...params }), today);
    expect((await list({ status: "OVERDUE" })).rows.map((r) => r.indicator)).toEqual(["高标准农田"]);
    expect((await list({ status: "COMPLETED" })).rows.map((r) => r.indicator)).toEqual(["乙烯项目"]);
    expect((await list({ q: "农田" })).rows.map((r) => r.indicator)).toEqual(["高标准农田", "农田水利"]);
    expect((await list({ q: "%" })).total).toBe(0); // LIKE wildcards are matched literally
    expect((await list({ dueTo: "2023-06-30" })).rows.map((r) => r.indicator)).toEqual(["高标准农田"]);
    expect((await list({ sort: "deadline", dir: "desc" })).rows[2].indicator).toBe("高标准农田");
    const page2 = await list({ size: "20", page: "2" });
    expect(page2).toEqual({ rows: [], total: 3 });
  });

  it("lists open commitments only when asked (open=1): not verified, not withdrawn, whatever their light", async () => {
    const { report, commitments } = await reportWithCommitments([{ indicator: "在办甲" }, { indicator: "已核验乙" }, { indicator: "已撤销丙" }]);
    await db.commitment.update({ where: { id: commitments[1].id }, data: { status: "VERIFIED" } });
    await db.commitment.update({ where: { id: commitments[2].id }, data: { status: "WITHDRAWN" } });
    const viewer = await actorFor({ role: "VIEWER" });
    const list = (params: Record<string, string>) => listCommitments(viewer, parseCommitmentFilters({ report: String(report.id), ...params }), "2023-07-15");
    expect((await list({})).total).toBe(3);
    expect((await list({ open: "1" })).rows.map((r) => r.indicator)).toEqual(["在办甲"]);
    // Anything else is no filter (a bad link still opens the list).
    expect((await list({ open: "yes" })).total).toBe(3);
  });
});
