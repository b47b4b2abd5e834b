import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { parseAuditLogQuery } from "@/lib/audit/audit-log-query";
import { auditLogWhere } from "@/lib/audit/audit-log-where";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { streamAuditLogCsv } from "@/lib/audit/stream-audit-log-csv";
import { recordSignIn } from "@/lib/auth/record-sign-in";
import { assignOwners } from "@/lib/commitments/assign-owners";
import { CHINESE_READER } from "@/lib/i18n/request-locale";
import { addDays } from "@/lib/progress/iso-day";
import { seedCommitment } from "@/lib/seed/factories";
import { todayIsoDay } from "@/lib/time/today";
import { submitUpdate } from "@/lib/updates/submit-update";
import { createUser } from "@/lib/users/create-user";
import { actorFor, db, department } from "./support";

// The log filtered by kind of event (类别). Other files write events at the same time: every
// query here names this test's own admin.
describe("the audit log filtered by kind of event", () => {
  it("lists sign-ins, account changes, the work tracked and refusals apart, combined with the other filters and in the export", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [dept, newLead] = [await department(), await department()];
    const commitment = await seedCommitment(db, { year: 2023, targetValue: 11, unit: "万亩", comparator: "AT_LEAST", leadDepartmentId: dept.id, indicator: "新增高标准农田" });
    await recordSignIn(admin.id, "203.0.113.7");
    const loginName = `kind-${Math.random().toString(36).slice(2, 10)}`;
    expect(await executeAction(createUser, admin, { loginName, displayName: "类别测试用户", role: "VIEWER", departmentId: "", password: "a-long-password" })).toMatchObject({ ok: true });
    expect(await executeAction(assignOwners, admin, { commitmentId: String(commitment.id), version: String(commitment.version), leadDepartmentId: String(newLead.id), supportingDepartmentIds: [] })).toMatchObject({ ok: true });
    // An admin reports no progress: refused, and recorded as refused.
    expect(await executeAction(submitUpdate, admin, { commitmentId: String(commitment.id), asOf: "2023-06-30", actualValue: "5", narrative: "越权报送。" })).toMatchObject({ ok: false, kind: "forbidden" });

    const actions = async (params: Record<string, string>) => (await listAuditLog(parseAuditLogQuery({ who: admin.loginName, ...params }))).events.map((e) => e.action);
    expect(await actions({})).toEqual(["action.denied", "commitment.assignOwners", "user.create", "auth.signIn"]);
    expect(await actions({ kind: "signIn" })).toEqual(["auth.signIn"]);
    expect(await actions({ kind: "account" })).toEqual(["user.create"]);
    expect(await actions({ kind: "work" })).toEqual(["commitment.assignOwners"]);
    expect(await actions({ kind: "refused" })).toEqual(["action.denied"]);
    expect(await actions({ kind: "settings" })).toEqual([]);
    // With the action: both must hold, an action of another kind finds nothing.
    expect(await actions({ kind: "account", action: "user.create" })).toEqual(["user.create"]);
    expect(await actions({ kind: "signIn", action: "user.create" })).toEqual([]);
    // With the days.
    const today = todayIsoDay();
    expect(await actions({ kind: "account", from: today, to: today })).toEqual(["user.create"]);
    expect(await actions({ kind: "account", to: addDays(today, -1) })).toEqual([]);
    // A kind the log does not know is dropped, as a malformed action is: the whole log.
    expect(await actions({ kind: "signins" })).toHaveLength(4);
    expect((await listAuditLog(parseAuditLogQuery({ who: admin.loginName, kind: "work" }))).total).toBe(1);

    // The export lists what the page lists.
    const query = parseAuditLogQuery({ who: admin.loginName, kind: "account" });
    const csv = await new Response(await streamAuditLogCsv(auditLogWhere(query, null), CHINESE_READER)).text();
    const lines = csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines.slice(1).map((l) => l.split(",")[5])).toEqual(["user.create"]);
  });
});
