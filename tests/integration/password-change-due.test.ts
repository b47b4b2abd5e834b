import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { executeAction } from "@/lib/actions/execute-action";
import { loadActor } from "@/lib/auth/load-actor";
import { LOCALE_COOKIE } from "@/lib/i18n/translate";
import { seedCommitment } from "@/lib/seed/factories";
import { submitUpdate } from "@/lib/updates/submit-update";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { createUser } from "@/lib/users/create-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { updateUser } from "@/lib/users/update-user";
import { actorFor, db, department } from "./support";

// A password an admin chose (新建用户, 重置密码) is changed by its owner before anything else (等保):
// every page leads to 修改密码, every action but that one and every route handler is refused, until
// the change. The session and the request's headers are the only stand-ins; the actor is what
// loadActor makes of the database, as on every real request.
const session = vi.hoisted(() => ({ actor: null as Actor | null, page: "" }));
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-duban-page": session.page }) }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));
const { requireActor } = await import("@/lib/auth/require-actor");
const { GET: getLedgerCsv } = await import("@/app/api/exports/commitments.csv/route");
const { GET: getSheet } = await import("@/app/api/bulk-updates/template.xlsx/route");
const { GET: getEvidence } = await import("@/app/api/evidence/[evidenceId]/route");
const { GET: getOfficials } = await import("@/app/api/departments/[departmentId]/officials/route");

const uniqueName = () => `due-${Math.random().toString(36).slice(2, 10)}`;
const DUE_FIRST = "请先修改管理员为您设置的密码，然后再继续操作。";

/** An official the admin creates through 新建用户, with a commitment of their department and a file on it. */
async function officialCreatedByAdmin() {
  const admin = await actorFor({ role: "ADMIN" });
  const dept = await department();
  const commitment = await seedCommitment(db, { year: new Date().getUTCFullYear() - 1, leadDepartmentId: dept.id });
  const loginName = uniqueName();
  const created = await executeAction(createUser, admin, { loginName, displayName: "新 经办人", role: "OFFICIAL", departmentId: String(dept.id), password: "given-by-admin-2023" });
  if (!created.ok) throw new Error(created.message);
  return { admin, dept, commitment, id: created.data.id, loginName };
}

const reading = (commitmentId: number) => ({ commitmentId, asOf: `${new Date().getUTCFullYear() - 1}-06-30`, actualValue: "5", narrative: "首次报送" });
const change = (current: string, next: string) => ({ currentPassword: current, newPassword: next, confirmPassword: next });

describe("a password an admin chose is changed first", () => {
  beforeEach(() => {
    session.actor = null;
    session.page = "";
  });

  it("is due for a user an admin creates, and not for one whose own password it is", async () => {
    const { id } = await officialCreatedByAdmin();
    expect(await loadActor(id)).toMatchObject({ id, mustChangePassword: true });
    const own = await actorFor({ role: "VIEWER" });
    expect(await loadActor(own.id)).toMatchObject({ id: own.id, mustChangePassword: false });
  });

  it("sends every page to 修改密码, carrying the page asked for, and opens 修改密码 itself", async () => {
    const { id } = await officialCreatedByAdmin();
    session.actor = await loadActor(id);
    session.page = "/commitments?q=%E5%86%9C%E7%94%B0";
    await expect(requireActor()).rejects.toThrow("NEXT_REDIRECT /account/password?next=%2Fcommitments%3Fq%3D%25E5%2586%259C%25E7%2594%25B0");
    await expect(requireActor("commitment.view")).rejects.toThrow("NEXT_REDIRECT /account/password?next=");
    // Before its permission is checked: a page the role may not open is not "not found" (nor on record) first.
    session.page = "/admin/audit";
    await expect(requireActor("audit.log")).rejects.toThrow("NEXT_REDIRECT /account/password?next=%2Fadmin%2Faudit");
    session.page = "/";
    await expect(requireActor("report.view")).rejects.toThrow(/^NEXT_REDIRECT \/account\/password$/);
    session.page = "/account/password?next=%2Fcommitments";
    expect(await requireActor()).toMatchObject({ id, mustChangePassword: true });
    expect(await requireActor("account.changePassword")).toMatchObject({ id });
    expect(await db.auditEvent.count({ where: { actorId: id, action: { startsWith: "access." } } })).toBe(0);
  });

  it("refuses every action but changing the password, writing nothing, and says so in the reader's language", async () => {
    const { commitment, id } = await officialCreatedByAdmin();
    const actor = await loadActor(id);
    const refused = await executeAction(submitUpdate, actor, reading(commitment.id));
    expect(refused).toEqual({ ok: false, kind: "password_change_due", message: DUE_FIRST });
    expect(await executeAction(submitUpdate, actor, reading(commitment.id), "en")).toMatchObject({ message: "Change the password an administrator set for you first, then try again." });
    // Refused before its input is even read: malformed input gets the same answer.
    expect(await executeAction(submitUpdate, actor, {})).toMatchObject({ ok: false, kind: "password_change_due" });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorId: id } })).toBe(0);
  });

  it("refuses every route handler with 403 and the reason, recording no refusal", async () => {
    const { commitment, dept, id } = await officialCreatedByAdmin();
    // A file on the department's commitment, sent by another official of it.
    const colleague = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const sent = await executeAction(submitUpdate, colleague, { ...reading(commitment.id), evidence: [{ fileName: "验收报告", base64: Buffer.from("验收报告\n").toString("base64") }] });
    if (!sent.ok) throw new Error(sent.message);
    const file = await db.evidenceFile.findFirstOrThrow({ where: { updateId: sent.data.updateId } });

    session.actor = await loadActor(id);
    const ledger = await getLedgerCsv(new Request("http://localhost/api/exports/commitments.csv"));
    expect(ledger.status).toBe(403);
    expect(await ledger.json()).toEqual({ error: DUE_FIRST });
    const sheet = await getSheet(new Request("http://localhost/api/bulk-updates/template.xlsx"));
    expect([sheet.status, await sheet.text()]).toEqual([403, DUE_FIRST]);
    const evidence = await getEvidence(new Request(`http://localhost/api/evidence/${file.id}`), { params: Promise.resolve({ evidenceId: String(file.id) }) });
    expect([evidence.status, await evidence.text()]).toEqual([403, DUE_FIRST]);
    // A browser that followed a link gets the page with the reason, in its language.
    const browsed = await getEvidence(new Request(`http://localhost/api/evidence/${file.id}`, { headers: { "sec-fetch-mode": "navigate", cookie: `${LOCALE_COOKIE}=en` } }), {
      params: Promise.resolve({ evidenceId: String(file.id) }),
    });
    expect(browsed.status).toBe(403);
    expect(await browsed.text()).toContain("Change the password an administrator set for you first, then try again.");
    expect(await db.auditEvent.count({ where: { actorId: id } })).toBe(0);

    // An admin's too: what their role may do waits as well.
    const newAdmin = await executeAction(createUser, await actorFor({ role: "ADMIN" }), { loginName: uniqueName(), displayName: "新 管理员", role: "ADMIN", password: "given-by-admin-2023" });
    if (!newAdmin.ok) throw new Error(newAdmin.message);
    session.actor = await loadActor(newAdmin.data.id);
    const officials = await getOfficials(new Request(`http://localhost/api/departments/${dept.id}/officials`), { params: Promise.resolve({ departmentId: String(dept.id) }) });
    expect([officials.status, await officials.json()]).toEqual([403, { error: "password_change_due" }]);
    expect(await executeAction(updateUser, session.actor, { userId: id, displayName: "改名", role: "VIEWER", departmentId: "" })).toMatchObject({ ok: false, kind: "password_change_due" });
  });

  it("is over once the user changes it: pages, actions and downloads are theirs again", async () => {
    const { commitment, id } = await officialCreatedByAdmin();
    const due = await loadActor(id);
    const changed = await executeAction(changeOwnPassword, due, change("given-by-admin-2023", "chosen-by-me-2023"));
    expect(changed).toMatchObject({ ok: true, data: { id, wasDue: true } });
    if (!changed.ok) return;
    const actor = (session.actor = await loadActor(id, changed.data.sessionVersion));
    expect(actor).toMatchObject({ id, mustChangePassword: false });
    session.page = "/commitments";
    expect(await requireActor("commitment.view")).toMatchObject({ id });
    expect((await getSheet(new Request("http://localhost/api/bulk-updates/template.xlsx"))).status).toBe(200);
    expect(await executeAction(submitUpdate, actor, reading(commitment.id))).toMatchObject({ ok: true });
    // A later change by choice was not due.
    expect(await executeAction(changeOwnPassword, actor, change("chosen-by-me-2023", "chosen-again-2024"))).toMatchObject({ ok: true, data: { wasDue: false } });
  });

  it("is due again after an admin's reset, until the user changes it again", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const user = await actorFor({ role: "REVIEWER" });
    expect(await executeAction(resetUserPassword, admin, { userId: user.id, password: "reset-by-admin-2023" })).toMatchObject({ ok: true });
    const afterReset = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(afterReset.mustChangePassword).toBe(true);
    const due = await loadActor(user.id, afterReset.sessionVersion);
    expect(await executeAction(resetUserPassword, due, { userId: admin.id, password: "another-one-2023" })).toMatchObject({ ok: false, kind: "password_change_due" });
    expect(await executeAction(changeOwnPassword, due, change("reset-by-admin-2023", "mine-again-2023"))).toMatchObject({ ok: true, data: { wasDue: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
  });
});
