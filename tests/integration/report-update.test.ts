import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { updateReport } from "@/lib/reports/update-report";
import { actorFor, auditEventFor, db, reportWithCommitments } from "./support";

// The extractor's guess at a title ("政府工作报告") or a typo in the issuer typed at import.
describe("correcting a report's details", () => {
  it("changes its title and issuer, audited, and keeps its year and text", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const { report } = await reportWithCommitments([{ indicator: "新建城市书房" }]);
    const before = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    const input = { reportId: report.id, title: "  洛阳市2023年政府工作报告 ", issuer: "洛阳市人民政府", shownTitle: before.title, shownIssuer: before.issuer };
    expect(await executeAction(updateReport, admin, input)).toMatchObject({ ok: true, data: { changed: true, title: "洛阳市2023年政府工作报告" } });
    const after = await db.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(after).toMatchObject({ title: "洛阳市2023年政府工作报告", issuer: "洛阳市人民政府", year: before.year, sourceText: before.sourceText });
    expect(await auditEventFor("report.update", report.id)).toMatchObject({ before: { title: before.title, issuer: before.issuer }, after: { title: "洛阳市2023年政府工作报告" } });
    // Saved again unchanged: nothing written, and said so.
    const events = await db.auditEvent.count({ where: { entity: "Report", entityId: String(report.id) } });
    // (from a form showing the new details)
    const again = { ...input, shownTitle: after.title, shownIssuer: after.issuer };
    expect(await executeAction(updateReport, admin, again)).toMatchObject({ ok: true, data: { changed: false } });
    expect(await db.auditEvent.count({ where: { entity: "Report", entityId: String(report.id) } })).toBe(events);
  });

  it("refuses an empty or over-long title at its field, and a report that is gone", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const { report } = await reportWithCommitments([{ indicator: "新建城市书房" }]);
    expect(await executeAction(updateReport, admin, { reportId: report.id, title: "   ", issuer: "x".repeat(101), shownTitle: report.title, shownIssuer: report.issuer })).toMatchObject({
      ok: false,
      fieldErrors: { title: ["此项为必填项。"], issuer: ["发布机关最多 100 字。"] },
    });
    expect(await executeAction(updateReport, admin, { reportId: 2_000_000_000, title: "政府工作报告", issuer: "洛阳市人民政府", shownTitle: "政府工作报告", shownIssuer: "" })).toMatchObject({ ok: false, kind: "not_found" });
  });

  it("does not save over another admin's correction made since the form was shown, and says what it is now", async () => {
    const [first, second] = [await actorFor({ role: "ADMIN" }), await actorFor({ role: "ADMIN" })];
    const { report } = await reportWithCommitments([{ indicator: "新建城市书房" }]);
    const shown = { shownTitle: report.title, shownIssuer: report.issuer };
    expect(await executeAction(updateReport, first, { reportId: report.id, title: "洛阳市2023年政府工作报告", issuer: "洛阳市人民政府", ...shown })).toMatchObject({ ok: true });
    const events = await db.auditEvent.count({ where: { entity: "Report", entityId: String(report.id) } });
    const stale = await executeAction(updateReport, second, { reportId: report.id, title: "2023年洛阳市政府工作报告", issuer: "洛阳市政府", ...shown });
    expect(stale).toMatchObject({
      ok: false,
      kind: "conflict",
      message: "报告信息刚被他人改为“洛阳市2023年政府工作报告”（洛阳市人民政府），未保存您的修改。请刷新页面，看过后再改。",
    });
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({ title: "洛阳市2023年政府工作报告", issuer: "洛阳市人民政府" });
    expect(await db.auditEvent.count({ where: { entity: "Report", entityId: String(report.id) } })).toBe(events);
  });
});
