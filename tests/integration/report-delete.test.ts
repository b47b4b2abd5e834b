import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { findAuditSubjects } from "@/lib/audit/find-audit-subjects";
import { assignOwners } from "@/lib/commitments/assign-owners";
import { deleteReport } from "@/lib/reports/delete-report";
import { actorFor, auditEventFor, db, department, reportWithCommitments } from "./support";

// A report imported by mistake (the 2022 file for the 2023 one) goes with its commitments, until
// someone has worked on it.
describe("deleting a report", () => {
  it("deletes an untouched report with its sections and commitments, and keeps the deletion in the audit trail", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const { report, section, commitments } = await reportWithCommitments([{ indicator: "新建城市书房" }, { indicator: "新增城镇就业" }]);
    expect(await executeAction(deleteReport, admin, { reportId: report.id })).toMatchObject({ ok: true });
    expect(await db.report.findUnique({ where: { id: report.id } })).toBeNull();
    expect(await db.section.count({ where: { id: section.id } })).toBe(0);
    expect(await db.commitment.count({ where: { id: { in: commitments.map((c) => c.id) } } })).toBe(0);
    expect((await auditEventFor("report.delete", report.id)).before).toMatchObject({ title: report.title, year: 2023, commitments: 2 });
    expect(await executeAction(deleteReport, admin, { reportId: report.id })).toMatchObject({ ok: false, kind: "not_found" });
  });

  it("keeps naming the deleted commitments in the log: each deletion is recorded with the commitment's name", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const lead = await department();
    const { report, commitments } = await reportWithCommitments([{ indicator: "新建城市书房", targetValue: 100, unit: "个" }]);
    const [library] = commitments;
    // Setting owners is not work on the commitment: the report can still go.
    expect(await executeAction(assignOwners, admin, { commitmentId: library.id, version: library.version, leadDepartmentId: lead.id, supportingDepartmentIds: [] })).toMatchObject({ ok: true });
    expect(await executeAction(deleteReport, admin, { reportId: report.id })).toMatchObject({ ok: true });
    expect((await auditEventFor("commitment.delete", library.id)).before).toMatchObject({ reportId: report.id, indicator: "新建城市书房", unit: "个" });
    const events = await db.auditEvent.findMany({ where: { entity: "Commitment", entityId: String(library.id) }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["commitment.assignOwners", "commitment.delete"]);
    const subjects = await findAuditSubjects(events);
    expect(subjects.get("Commitment", String(library.id))).toEqual({ name: "新建城市书房", href: null, unit: "个", comparator: "AT_LEAST" });
  });

  it("refuses once anyone has worked on it, and leaves everything in place", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { report, commitments } = await reportWithCommitments([{ indicator: "新建城市书房", leadDepartmentId: dept.id }, { indicator: "新增城镇就业" }]);
    await db.progressUpdate.create({ data: { commitmentId: commitments[0].id, authorId: official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 40, narrative: "完成40个" } });
    await db.reminder.create({ data: { commitmentId: commitments[1].id, senderId: admin.id, note: "请报送" } });
    expect(await executeAction(deleteReport, admin, { reportId: report.id })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "该报告的目标任务已有办理记录（进展 1 条、延期/调整申请 0 项、催办 1 条、已核验/办结/撤销 0 项），不能删除；不再执行的目标任务请逐项撤销。",
    });
    expect(await db.commitment.count({ where: { reportId: report.id } })).toBe(2);
  });

  it("refuses once a commitment of it was decided (verified, closed, withdrawn), though nobody reported on it", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const { report, commitments } = await reportWithCommitments([{ indicator: "新建城市书房" }]);
    await db.commitment.update({ where: { id: commitments[0].id }, data: { status: "UNMET" } });
    expect(await executeAction(deleteReport, admin, { reportId: report.id })).toMatchObject({ ok: false, kind: "invalid", message: expect.stringContaining("已核验/办结/撤销 1 项") });
    expect(await db.report.count({ where: { id: report.id } })).toBe(1);
  });
});
