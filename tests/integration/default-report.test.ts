import { describe, expect, it } from "vitest";
import { pickReport } from "@/lib/dashboard/pick-report";
import { seedReportWithCommitments } from "@/lib/seed/factories";
import { actorFor, db, department } from "./support";

// The reports of every test share this database: the reader's are an official's of a department
// of their own, in reports older than any other test's (whose newest hold nothing of theirs).
describe("the report the dashboard and the progress report open on", () => {
  it("passes over newer reports holding nothing of the official's department, for the one of the newest year holding most of it", async () => {
    const own = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: own.id });
    const fewer = await seedReportWithCommitments(db, [{ leadDepartmentId: own.id }], { year: 1999 });
    const more = await seedReportWithCommitments(db, [{ leadDepartmentId: own.id }, { leadDepartmentId: own.id }], { year: 1999 });
    await seedReportWithCommitments(db, [{ leadDepartmentId: own.id }, { leadDepartmentId: own.id }, { leadDepartmentId: own.id }], { year: 1998 });
    // Newer, and another department's only (as every other test's report is).
    await seedReportWithCommitments(db, [{ leadDepartmentId: (await department()).id }], { year: 2000 });

    const { reports, report } = await pickReport(undefined, official);
    expect(reports[0].year).toBeGreaterThanOrEqual(2000);
    expect(report?.id).toBe(more.report.id);
    expect(report?.id).not.toBe(fewer.report.id);
  });

  it("is the newest for an official whose department holds nothing anywhere", async () => {
    const official = await actorFor({ role: "OFFICIAL", departmentId: (await department()).id });
    const { reports, report } = await pickReport(undefined, official);
    expect(report?.id).toBe(reports[0].id);
  });
});
