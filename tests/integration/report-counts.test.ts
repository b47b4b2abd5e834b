import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getGroupStats } from "@/lib/dashboard/get-group-stats";
import { getReport } from "@/lib/reports/get-report";
import { listReports } from "@/lib/reports/list-reports";
import { actorFor, db, department, reportWithCommitments } from "./support";

describe("the commitments a report counts", () => {
  it("are those the reader may see: an official's department's, everyone's for the other roles", async () => {
    const [mine, theirs] = [await department(), await department()];
    const { report, commitments } = await reportWithCommitments([
      { indicator: "我牵头的", leadDepartmentId: mine.id },
      { indicator: "别人牵头的", leadDepartmentId: theirs.id },
      { indicator: "我配合的", leadDepartmentId: theirs.id },
      { indicator: "无人牵头的" },
    ]);
    await db.commitmentSupport.create({ data: { commitmentId: commitments[2].id, departmentId: mine.id } });
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const other = await actorFor({ role: "OFFICIAL", departmentId: theirs.id });
    const viewer = await actorFor({ role: "VIEWER" });

    const countIn = async (actor: typeof viewer) => (await listReports(actor)).find((r) => r.id === report.id)?._count.commitments;
    expect([await countIn(official), await countIn(other), await countIn(viewer)]).toEqual([2, 2, 4]);

    const sectionTotal = async (actor: typeof viewer) => (await getReport(report.id, actor))?.sections.reduce((sum, s) => sum + s._count.commitments, 0);
    expect([await sectionTotal(official), await sectionTotal(other), await sectionTotal(viewer)]).toEqual([2, 2, 4]);
  });

  it("counts the sections that hold the reader's commitments, as the dashboard's chart by section has bars", async () => {
    // Luoyang 2023 三(十) (有效防范化解风险) holds no figure to track: it is in the report's text, not in its work.
    const [mine, theirs] = [await department(), await department()];
    const { report, section, commitments } = await reportWithCommitments([
      { indicator: "新增高标准农田", leadDepartmentId: mine.id },
      { indicator: "新建5G基站", leadDepartmentId: theirs.id },
    ]);
    const second = await db.section.create({ data: { reportId: report.id, code: "三(二)", part: "三", title: "改革开放", order: 2, start: 0, end: 1 } });
    await db.section.create({ data: { reportId: report.id, code: "三(三)", part: "三", title: "防范化解风险", order: 3, start: 1, end: 2 } });
    await db.commitment.update({ where: { id: commitments[1].id }, data: { sectionId: second.id } });
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const viewer = await actorFor({ role: "VIEWER" });
    const idle = await actorFor({ role: "OFFICIAL", departmentId: (await department()).id });

    const sectionsIn = async (actor: Actor) => (await listReports(actor)).find((r) => r.id === report.id)?._count.sections;
    const bars = async (actor: Actor) => (await getGroupStats({ actor, reportId: report.id, asOf: "2023-07-15", today: "2023-07-15" }, "section")).map((g) => g.id);
    expect(await sectionsIn(viewer)).toBe(2);
    expect(await bars(viewer)).toEqual([section.id, second.id]);
    expect(await sectionsIn(official)).toBe(1);
    expect(await bars(official)).toEqual([section.id]);
    expect(await sectionsIn(idle)).toBe(0);
    // The report's own page still lists every section of its text, each with its count.
    expect((await getReport(report.id, viewer))?.sections.map((s) => s._count.commitments)).toEqual([1, 1, 0]);
  });
});
