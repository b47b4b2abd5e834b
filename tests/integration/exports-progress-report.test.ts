import JSZip from "jszip";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { GET } from "@/app/api/exports/progress-report.docx/route";
import type { ProgressReport } from "@/lib/exports/build-progress-report";
import { loadProgressReport } from "@/lib/exports/load-progress-report";
import { scopeLine } from "@/lib/exports/progress-report-text";
import { translator } from "@/lib/i18n/translate";
import { seedDepartment } from "@/lib/seed/factories";
import { actorFor, db, reportWithCommitments } from "./support";

vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));
const signIn = (actor: Actor | null) => vi.mocked(getCurrentActor).mockResolvedValue(actor);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = "2023-08-15";

describe("the progress report (进展报告) of July 2023", () => {
  let reportId: number;
  let viewer: Actor;
  let officialB: Actor;
  let deptA: { id: number; name: string };
  let deptB: { id: number; name: string };

  async function approve(commitmentId: number, asOf: string, percent: number, narrative: string, state: "APPROVED" | "SUBMITTED" = "APPROVED") {
    const update = await db.progressUpdate.create({
      data: { commitmentId, authorId: officialB.id, asOf: day(asOf), actualValue: percent, percent, narrative, state, reviewedAt: state === "APPROVED" ? day(asOf) : null },
    });
    if (state === "APPROVED") await db.commitment.update({ where: { id: commitmentId }, data: { latestPercent: percent, latestActual: percent, latestAsOf: day(asOf), latestUpdateId: update.id } });
  }

  beforeAll(async () => {
    const tag = randomUUID().slice(0, 6);
    [deptA, deptB] = [await seedDepartment(db, { name: `甲局-${tag}` }), await seedDepartment(db, { name: `乙局-${tag}` })];
    const { report, commitments } = await reportWithCommitments([
      { indicator: "A-正常", leadDepartmentId: deptA.id },
      { indicator: "A-逾期", deadline: "2023-06-30", leadDepartmentId: deptA.id },
      { indicator: "A-风险", leadDepartmentId: deptA.id },
      { indicator: "B-无进展", leadDepartmentId: deptB.id },
    ]);
    reportId = report.id;
    viewer = await actorFor({ role: "VIEWER" });
    officialB = await actorFor({ role: "OFFICIAL", departmentId: deptB.id });
    const [normal, late, risky, idle] = commitments;
    await approve(late.id, "2023-03-31", 40, "3月完成40%");
    await approve(normal.id, "2023-06-30", 50, "上半年完成50%");
    await approve(normal.id, "2023-07-20", 70, "7月完成70%");
    await approve(risky.id, "2023-07-15", 40, "7月起步40%");
    await approve(normal.id, "2023-08-05", 90, "8月完成90%"); // after the period: not in July's report
    await approve(idle.id, "2023-07-25", 80, "尚待审核", "SUBMITTED");
  });

  const load = async (actor: Actor, params: Record<string, string>) => {
    const loaded = await loadProgressReport(actor, { report: String(reportId), ...params }, TODAY);
    if (!loaded.ok) throw new Error(loaded.error);
    return loaded.value;
  };
  const byName = (report: ProgressReport, name: string) => report.departments.find((d) => d.name === name)!;

  it("compares each light at the end of July with the end of June, from approved updates up to each day", async () => {
    const report = await load(viewer, { period: "2023-07" });
    expect(report.end).toBe("2023-07-31");
    // Departments in their own order (甲局 was created first), not by code point (乙 U+4E59 < 甲 U+7532).
    expect(report.departments.map((d) => d.name)).toEqual([deptA.name, deptB.name]);
    const a = byName(report, deptA.name);
    expect(a).toMatchObject({ total: 3, overdue: 1, atRisk: 1 });
    // Overdue first, then behind / at risk, then the rest.
    expect(a.items.map((i) => [i.indicator, i.lightBefore, i.lightNow, i.percentBefore, i.percentNow])).toEqual([
      ["A-逾期", "BEHIND", "OVERDUE", 40, 40],
      ["A-风险", "BEHIND", "AT_RISK", null, 40],
      ["A-正常", "ON_TRACK", "ON_TRACK", 50, 70],
    ]);
    expect(a.items[2].updates).toEqual([{ asOf: "2023-07-20", percent: 70, actual: "70.0000", done: null, narrative: "7月完成70%" }]);
    expect(byName(report, deptB.name).items.map((i) => [i.indicator, i.updates.length])).toEqual([["B-无进展", 0]]);
    expect(report.totals).toEqual({ total: 4, updates: 2, changed: 2, overdue: 1, unmet: 0, atRisk: 2, completed: 0 });
  });

  it("reads a quarter against the quarter before", async () => {
    const report = await load(viewer, { period: "2023-Q2" });
    expect([report.period.start, report.end, report.period.previousEnd]).toEqual(["2023-04-01", "2023-06-30", "2023-03-31"]);
    expect(byName(report, deptA.name).items.find((i) => i.indicator === "A-正常")?.updates.map((u) => u.narrative)).toEqual(["上半年完成50%"]);
  });

  it("gives an official only their department", async () => {
    const report = await load(officialB, { period: "2023-07" });
    expect(report.departments.map((d) => d.name)).toEqual([deptB.name]);
    // And says so, so a copy handed on is not read as the whole report's.
    expect(scopeLine(report, translator("zh"))).toBe(`本报告只含${deptB.name}牵头或配合的目标任务。`);
  });

  it("says when the list's filters narrowed it, and says nothing of the whole report", async () => {
    expect(scopeLine(await load(viewer, { period: "2023-07" }), translator("zh"))).toBeNull();
    expect(scopeLine(await load(viewer, { period: "2023-07", status: "OVERDUE" }), translator("en"))).toBe("This report covers only the commitments that match the list's filters, not all of them.");
  });

  it("refuses a period it cannot read", async () => {
    // The report asked for stays chosen: the page's form shows it, not the newest report.
    expect(await loadProgressReport(viewer, { report: String(reportId), period: "2023-7" }, TODAY)).toMatchObject({ ok: false, error: "export.error.period", chosen: { id: reportId } });
    // One that has not begun on TODAY (2023-08-15): refused; the current month is a report so far.
    expect(await loadProgressReport(viewer, { report: String(reportId), period: "2023-09" }, TODAY)).toMatchObject({ ok: false, error: "export.error.periodFuture" });
    expect(await loadProgressReport(viewer, { report: String(reportId), period: "2023-08" }, TODAY)).toMatchObject({ ok: true });
    // One over before the report's year began has nothing of it to report; its January has.
    expect(await loadProgressReport(viewer, { report: String(reportId), period: "2022-12" }, TODAY)).toMatchObject({ ok: false, error: "export.error.periodBeforeYear", chosen: { id: reportId } });
    expect(await loadProgressReport(viewer, { report: String(reportId), period: "2022-Q4" }, TODAY)).toMatchObject({ ok: false, error: "export.error.periodBeforeYear" });
    expect(await loadProgressReport(viewer, { report: String(reportId), period: "2023-01" }, TODAY)).toMatchObject({ ok: true });
    // Opened in December 2022, before the 2023 report's year: said so, not "before the report's year".
    expect(await loadProgressReport(viewer, { report: String(reportId) }, "2022-12-20")).toMatchObject({ ok: false, error: "export.error.yearAhead", chosen: { id: reportId } });
  });

  it("without a period, reports the last complete month, or the whole year once its year is over", async () => {
    const periodOf = async (today: string) => {
      const loaded = await loadProgressReport(viewer, { report: String(reportId) }, today);
      return loaded.ok ? loaded.value.period.key : loaded.error;
    };
    expect(await periodOf(TODAY)).toBe("2023-07");
    expect(await periodOf("2026-12-06")).toBe("2023");
    signIn(viewer);
    const response = await GET(new Request(`http://localhost/api/exports/progress-report.docx?report=${reportId}&period=July`));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain("2023-Q2");
  });

  it("downloads as a Word document with the same content", async () => {
    signIn(viewer);
    const response = await GET(new Request(`http://localhost/api/exports/progress-report.docx?report=${reportId}&period=2023-07`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    // Named by its report and period: two reports' files of one month are not the same name.
    const disposition = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "");
    expect(disposition).toMatch(/^进展报告-2023年测试报告 \S+-2023-07\.docx$/);
    // The ASCII name (an English reader's) says which number is the report's: not "2023-1-2023-07".
    expect(response.headers.get("content-disposition")).toContain(`filename="progress-report-2023-07-report-${reportId}.docx"`);
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("2023年7月进展报告");
    expect(text).toContain(deptA.name);
    expect(text).toContain("进度滞后 → 已逾期");
    expect(text).toContain("50% → 70%");
    expect(text).toContain("2023-07-20：70个（70%）。7月完成70%");
    expect(text).not.toContain("8月完成90%");
    expect(text).not.toContain("尚待审核");
    expect(text.indexOf("A-逾期")).toBeLessThan(text.indexOf("A-风险"));
    expect(text.indexOf("A-风险")).toBeLessThan(text.indexOf("A-正常"));
    expect(xml).toContain('w:w="11906"'); // A4
    // Word proofs it in the reader's language, its Chinese as Chinese.
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
  });
});
