import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { notFound } from "@/lib/actions/errors";
import { executeAction } from "@/lib/actions/execute-action";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { endSession } from "@/lib/auth/end-session";
import { FREE_FAILURES } from "@/lib/auth/login-throttle";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { submitUpdate } from "@/lib/updates/submit-update";
import { createUser } from "@/lib/users/create-user";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { actorFor, db, department, reportWithCommitments } from "./support";

// The audit trail records who got in and who was turned away: sign-ins (and their failures,
// never the password typed), sign-outs, and actions refused by the permissions table or because
// the record was not found for the caller — the refusal recorded although the action's own
// transaction rolled back.

const eventsOf = (where: { entity: string; entityId: string }, action?: string) =>
  db.auditEvent.findMany({ where: { ...where, ...(action ? { action } : {}) }, orderBy: { id: "asc" } });

/** Every event's stored text, to look for what must never be there. */
const stored = (events: { before: unknown; after: unknown; entityId: string }[]) => JSON.stringify(events.map((e) => [e.entityId, e.before, e.after]));

describe("sign-ins in the audit trail", () => {
  it("records a sign-in by the user, about their account, with the address it came from", async () => {
    const user = await actorFor({ role: "VIEWER" });
    expect(await verifyCredentials(user.loginName, user.password, "198.51.100.20")).toMatchObject({ ok: true });
    const [event] = await eventsOf({ entity: "User", entityId: String(user.id) }, "auth.signIn");
    expect(event).toMatchObject({ actorId: user.id, after: { address: "198.51.100.20" } });
  });

  it("records a wrong password against the account, by nobody signed in, without the password typed", async () => {
    const user = await actorFor({ role: "OFFICIAL" });
    const typed = `guess-${randomUUID()}`;
    expect(await verifyCredentials(user.loginName, typed, "198.51.100.21")).toEqual({ ok: false, refusal: { code: "INVALID" } });
    const events = await eventsOf({ entity: "User", entityId: String(user.id) }, "auth.signInFailed");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: null, after: { refusal: "password", address: "198.51.100.21" } });
    expect(stored(events)).not.toContain(typed);
  });

  it("records a name no account has as the name typed, marked unknown, without the password", async () => {
    const name = `nobody-${randomUUID().slice(0, 8)}`;
    const typed = `guess-${randomUUID()}`;
    expect(await verifyCredentials(`  ${name.toUpperCase()} `, typed)).toEqual({ ok: false, refusal: { code: "INVALID" } });
    const events = await eventsOf({ entity: "LoginName", entityId: name });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "auth.signInFailed", actorId: null, after: { refusal: "unknownName", address: null } });
    expect(stored(events)).not.toContain(typed);
  });

  it("records a disabled account's attempt with its right password as refused for being disabled", async () => {
    const user = await actorFor({ role: "REVIEWER", disabled: true });
    expect(await verifyCredentials(user.loginName, user.password)).toEqual({ ok: false, refusal: { code: "DISABLED" } });
    const events = await eventsOf({ entity: "User", entityId: String(user.id) });
    expect(events.map((e) => [e.action, (e.after as { refusal?: string }).refusal])).toEqual([["auth.signInFailed", "disabled"]]);
    expect(stored(events)).not.toContain(user.password);
  });

  it("records the first refusal of each throttle block only: blocked attempts cost a guesser nothing, so they cannot flood the chain", async () => {
    const user = await actorFor({ role: "VIEWER" });
    const address = "198.51.100.22";
    for (let i = 0; i < FREE_FAILURES; i++) await verifyCredentials(user.loginName, "wrong", address);
    // Refused while blocked, the right password among them.
    const refused = await Promise.all(Array.from({ length: 6 }, () => verifyCredentials(user.loginName, user.password, address)));
    expect(refused.every((r) => !r.ok && r.refusal.code === "THROTTLED")).toBe(true);
    const events = await eventsOf({ entity: "User", entityId: String(user.id) });
    expect(events.filter((e) => e.action === "auth.signInFailed")).toHaveLength(FREE_FAILURES);
    const throttled = events.filter((e) => e.action === "auth.signInThrottled");
    expect(throttled).toHaveLength(1);
    expect(throttled[0]).toMatchObject({ actorId: null, after: { address, waitSeconds: expect.any(Number) } });
    // The real user elsewhere is not held back, and their sign-in is recorded.
    expect(await verifyCredentials(user.loginName, user.password, "203.0.113.5")).toMatchObject({ ok: true });
    expect(await eventsOf({ entity: "User", entityId: String(user.id) }, "auth.signIn")).toHaveLength(1);
  });

  it("records a throttled name no account has under the name typed", async () => {
    const name = `ghost-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < FREE_FAILURES + 3; i++) await verifyCredentials(name, "wrong");
    const events = await eventsOf({ entity: "LoginName", entityId: name });
    expect(events.filter((e) => e.action === "auth.signInFailed")).toHaveLength(FREE_FAILURES);
    expect(events.filter((e) => e.action === "auth.signInThrottled")).toHaveLength(1);
  });

  it("records nothing for a name no account could have: nothing counts those, so each would be a free entry", async () => {
    const mark = randomUUID();
    expect(await verifyCredentials(`not a name ${mark}`, "wrong")).toEqual({ ok: false, refusal: { code: "INVALID" } });
    expect(await db.auditEvent.count({ where: { entityId: { contains: mark } } })).toBe(0);
  });

  it("records a sign-out once: a copy of the cookie sent to sign out again writes nothing", async () => {
    const user = await actorFor({ role: "VIEWER" });
    const token = { uid: user.id, sid: `sid-out-${randomUUID()}`, signedInAt: Math.floor(Date.now() / 1000) };
    await endSession(token);
    await endSession(token);
    const events = await eventsOf({ entity: "User", entityId: String(user.id) }, "auth.signOut");
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(user.id);
  });
});

describe("refused actions in the audit trail", () => {
  it("records a reviewer's attempt to create an admin: what was tried and the role, never the password or the names typed", async () => {
    const reviewer = await actorFor({ role: "REVIEWER" });
    const loginName = `would-be-${randomUUID().slice(0, 8)}`;
    const password = `pw-${randomUUID()}`;
    const result = await executeAction(createUser, reviewer, { loginName, displayName: "越权管理员", role: "ADMIN", departmentId: "", password });
    expect(result).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await db.user.count({ where: { loginName } })).toBe(0);
    const events = await db.auditEvent.findMany({ where: { actorId: reviewer.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "action.denied", entity: "User", entityId: "", after: { attempted: "user.create", role: "ADMIN" } });
    expect(stored(events)).not.toContain(password);
    expect(stored(events)).not.toContain(loginName);
    expect(stored(events)).not.toContain("越权管理员");
  });

  it("records a viewer's attempt to approve an update under the update, and one to disable a user under that user", async () => {
    const viewer = await actorFor({ role: "VIEWER" });
    const victim = await actorFor({ role: "OFFICIAL" });
    const { commitments } = await reportWithCommitments([{ indicator: "越权审核指标", targetValue: 10 }]);
    const update = await db.progressUpdate.create({ data: { commitmentId: commitments[0].id, authorId: victim.id, asOf: new Date("2023-05-31T00:00:00Z"), actualValue: 5, percent: 50, narrative: "待审" } });
    expect(await executeAction(approveUpdate, viewer, { updateId: String(update.id) })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await executeAction(setUserDisabled, viewer, { userId: String(victim.id), disabled: "true" })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: update.id } })).toMatchObject({ state: "SUBMITTED" });
    const events = await db.auditEvent.findMany({ where: { actorId: viewer.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.entity, e.entityId, e.after])).toEqual([
      ["action.denied", "ProgressUpdate", String(update.id), { attempted: "update.approve" }],
      ["action.denied", "User", String(victim.id), { attempted: "user.setDisabled", disabled: true }],
    ]);
  });

  it("records a refused caller whose input is malformed too (answered 'invalid', tried all the same)", async () => {
    const official = await actorFor({ role: "OFFICIAL" });
    const target = await actorFor({ role: "ADMIN" });
    const result = await executeAction(setUserDisabled, official, { userId: String(target.id), disabled: "maybe" });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    const events = await db.auditEvent.findMany({ where: { actorId: official.id } });
    expect(events.map((e) => [e.action, e.entity, e.entityId, e.after])).toEqual([["action.denied", "User", String(target.id), { attempted: "user.setDisabled" }]]);
  });

  it("records another department's commitment as not found, under it: the caller cannot tell it from a missing one, the auditor can", async () => {
    const [mine, theirs] = [await department(), await department()];
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([{ indicator: "他部门的指标", targetValue: 100, leadDepartmentId: theirs.id }]);
    const result = await executeAction(submitUpdate, official, { commitmentId: String(commitments[0].id), asOf: "2023-06-30", actualValue: "10", narrative: "越界报送" });
    expect(result).toMatchObject({ ok: false, kind: "not_found", message: "未找到该记录，或您无权访问。" });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitments[0].id } })).toBe(0);
    const events = await db.auditEvent.findMany({ where: { actorId: official.id } });
    expect(events.map((e) => [e.action, e.entity, e.entityId, e.after])).toEqual([["action.notFound", "Commitment", String(commitments[0].id), { attempted: "update.submit" }]]);
    expect(stored(events)).not.toContain("越界报送");
  });

  it("writes the refusal after its transaction rolled back: what the action wrote is gone, the record of it stays", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const code = `NF-${randomUUID().slice(0, 8).toUpperCase()}`;
    const vanishing = defineAction({
      name: "department.rename",
      subject: { entity: "Department", id: "departmentId" },
      permission: "department.manage",
      schema: z.object({ departmentId: z.coerce.number(), code: z.string() }),
      async run({ input, tx }) {
        await tx.department.create({ data: { code: input.code, name: `半途-${input.code}` } });
        throw notFound();
      },
    });
    expect(await executeAction(vanishing, admin, { departmentId: "2147483000", code })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await db.department.count({ where: { code } })).toBe(0);
    const events = await db.auditEvent.findMany({ where: { actorId: admin.id } });
    expect(events.map((e) => [e.action, e.entity, e.entityId])).toEqual([["action.notFound", "Department", "2147483000"]]);
  });

  it("records nothing for an anonymous caller, and leaves the chain intact", async () => {
    const before = await db.auditEvent.count({ where: { action: "action.denied", actorId: null } });
    expect(await executeAction(createUser, null, { loginName: "anon-try", displayName: "匿名", role: "ADMIN", password: "anonymous-password" })).toMatchObject({ ok: false, kind: "unauthenticated" });
    expect(await db.auditEvent.count({ where: { action: "action.denied", actorId: null } })).toBe(before);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
