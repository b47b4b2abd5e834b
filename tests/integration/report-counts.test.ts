import { describe, expect, it } from "vitest";
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
});
