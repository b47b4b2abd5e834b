import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ActionDefinition } from "@/lib/actions/define-action";
import { executeAction } from "@/lib/actions/execute-action";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/load-actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { PERMISSIONS } from "@/lib/permissions/permissions";
import { actorFor, db, department, reportWithCommitments } from "./support";

// Every server action × every kind of caller, against the one permissions table. The expected
// outcome is written here, independently of lib/permissions: this file is the specification.
// An action found under lib/ without a row here fails the suite.

// passwordDue: an admin whose password another admin chose (a reset) and who has not changed it yet.
type Caller = "anonymous" | "disabled" | "passwordDue" | "viewer" | "official" | "otherOfficial" | "reviewer" | "admin";
const CALLERS: Caller[] = ["anonymous", "disabled", "passwordDue", "viewer", "official", "otherOfficial", "reviewer", "admin"];

interface Fixture {
  departmentId: number;
  commitmentId: number;
  commitmentVersion: number;
  submittedUpdateId: number;
  pendingChangeRequestId: number;
  reminderId: number;
  reportId: number;
  draftId: number;
  userId: number;
}

interface Row {
  /** Roles that may act (officials only on their own department's commitments: `scoped`). */
  roles: Role[];
  scoped?: boolean;
  /** Open to a user who must first change the password an admin chose (the change itself). */
  whilePasswordChangeDue?: boolean;
  input: (f: Fixture) => Record<string, unknown>;
}

const MATRIX: Record<string, Row> = {
  createUser: { roles: ["ADMIN"], input: () => ({ loginName: `m-${Math.random().toString(36).slice(2, 9)}`, displayName: "矩阵", role: "VIEWER", password: "matrix-viewer-passphrase" }) },
  setUserDisabled: { roles: ["ADMIN"], input: (f) => ({ userId: f.userId, disabled: "true" }) },
  updateUser: { roles: ["ADMIN"], input: (f) => ({ userId: f.userId, displayName: "矩阵改名", role: "REVIEWER", departmentId: "" }) },
  resetUserPassword: { roles: ["ADMIN"], input: (f) => ({ userId: f.userId, password: "matrix-new-password" }) },
  // Every role may change its own password; the matrix's callers do not know theirs, so the
  // allowed ones are told the current password is wrong (an "invalid", past the permission check).
  changeOwnPassword: {
    roles: ["ADMIN", "REVIEWER", "OFFICIAL", "VIEWER"],
    whilePasswordChangeDue: true,
    input: () => ({ currentPassword: "not-the-password", newPassword: "matrix-new-password", confirmPassword: "matrix-new-password" }),
  },
  createDepartment: { roles: ["ADMIN"], input: () => { const s = Math.random().toString(36).slice(2, 8).toUpperCase(); return { name: `矩阵部门${s}`, code: `M-${s}` }; } },
  setDepartmentActive: { roles: ["ADMIN"], input: (f) => ({ departmentId: f.departmentId, active: "true" }) },
  setDepartmentKeywords: { roles: ["ADMIN"], input: (f) => ({ departmentId: f.departmentId, keywords: `矩阵${Math.random().toString(36).slice(2, 8)}` }) },
  renameDepartment: { roles: ["ADMIN"], input: (f) => ({ departmentId: f.departmentId, name: `矩阵更名${Math.random().toString(36).slice(2, 8)}` }) },
  // Into itself: the admin is refused past the permission check, and the fixture's department stays.
  mergeDepartment: { roles: ["ADMIN"], input: (f) => ({ departmentId: f.departmentId, intoId: f.departmentId }) },
  startImport: { roles: ["ADMIN"], input: () => ({ text: "这不是一份报告。", issuer: "测试" }) },
  acceptImport: { roles: ["ADMIN"], input: (f) => ({ draftId: f.draftId, candidates: "[]" }) },
  discardImport: { roles: ["ADMIN"], input: (f) => ({ draftId: f.draftId }) },
  // The fixture's report has updates on it: the admin is told it cannot go (past the permission check).
  deleteReport: { roles: ["ADMIN"], input: (f) => ({ reportId: f.reportId }) },
  updateReport: { roles: ["ADMIN"], input: (f) => ({ reportId: f.reportId, title: "矩阵报告", issuer: "矩阵市人民政府", shownTitle: "", shownIssuer: "" }) },
  assignOwners: { roles: ["ADMIN"], input: (f) => ({ commitmentId: f.commitmentId, version: f.commitmentVersion, leadDepartmentId: f.departmentId }) },
  bulkAssignOwners: { roles: ["ADMIN"], input: (f) => ({ commitmentIds: [f.commitmentId], leadDepartmentId: f.departmentId }) },
  updateSettings: { roles: ["ADMIN"], input: () => ({ staleAfterDays: "45" }) },
  withdrawCommitment: { roles: ["ADMIN"], input: (f) => ({ commitmentId: f.commitmentId, version: f.commitmentVersion, reason: "矩阵测试" }) },
  // The fixture's commitment is not withdrawn: the admin is told so (past the permission check).
  restoreCommitment: { roles: ["ADMIN"], input: (f) => ({ commitmentId: f.commitmentId, version: f.commitmentVersion, reason: "矩阵测试" }) },
  submitUpdate: { roles: ["OFFICIAL"], scoped: true, input: (f) => ({ commitmentId: f.commitmentId, asOf: "2023-06-30", actualValue: "10", narrative: "矩阵测试" }) },
  requestChange: { roles: ["OFFICIAL"], scoped: true, input: (f) => ({ commitmentId: f.commitmentId, kind: "EXTEND_DEADLINE", proposedDeadline: `${new Date().getUTCFullYear() + 1}-06-30`, reason: "矩阵测试" }) },
  // A sheet naming another department's commitment is refused row by row ("not your department").
  submitBulkUpdates: {
    roles: ["OFFICIAL"],
    input: (f) => ({ rows: JSON.stringify([{ row: 2, id: String(f.commitmentId), asOf: "2023-06-30", actualValue: "1", done: "", narrative: "矩阵测试" }]) }),
  },
  approveUpdate: { roles: ["REVIEWER"], input: (f) => ({ updateId: f.submittedUpdateId }) },
  returnUpdate: { roles: ["REVIEWER"], input: (f) => ({ updateId: f.submittedUpdateId, note: "矩阵测试" }) },
  // The fixture's update is waiting, not approved: the reviewer is told so (past the permission check).
  revokeApproval: { roles: ["REVIEWER"], input: (f) => ({ updateId: f.submittedUpdateId, note: "矩阵测试" }) },
  verifyCommitment: { roles: ["REVIEWER"], input: (f) => ({ commitmentId: f.commitmentId, version: f.commitmentVersion, note: "矩阵测试" }) },
  // The fixture's commitment is met and has items waiting: the reviewer is told so (past the permission check).
  closeUnmetCommitment: { roles: ["REVIEWER"], input: (f) => ({ commitmentId: f.commitmentId, version: f.commitmentVersion, note: "矩阵测试" }) },
  bulkCloseUnmet: { roles: ["REVIEWER"], input: (f) => ({ commitmentIds: [f.commitmentId], note: "矩阵测试" }) },
  // Not verified nor closed: the reviewer is told so.
  reopenCommitment: { roles: ["REVIEWER"], input: (f) => ({ commitmentId: f.commitmentId, version: f.commitmentVersion, note: "矩阵测试" }) },
  // The fixture's commitment already has a reminder waiting: the reviewer is told so.
  sendReminder: { roles: ["REVIEWER"], input: (f) => ({ commitmentId: f.commitmentId, note: "矩阵测试" }) },
  answerReminder: { roles: ["OFFICIAL"], scoped: true, input: (f) => ({ reminderId: f.reminderId, answer: "矩阵测试" }) },
  approveChangeRequest: { roles: ["REVIEWER"], input: (f) => ({ changeRequestId: f.pendingChangeRequestId }) },
  refuseChangeRequest: { roles: ["REVIEWER"], input: (f) => ({ changeRequestId: f.pendingChangeRequestId, note: "矩阵测试" }) },
};

function isDefinition(value: unknown): value is ActionDefinition<never, unknown> {
  return Boolean(value && typeof value === "object" && "permission" in value && "schema" in value && "run" in value);
}

async function discoverActions(): Promise<Map<string, ActionDefinition<never, unknown>>> {
  const root = path.resolve(import.meta.dirname, "../../lib");
  const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.startsWith("generated"));
  const found = new Map<string, ActionDefinition<never, unknown>>();
  for (const file of files) {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    if (!source.includes("defineAction(")) continue;
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (isDefinition(value)) found.set(name, value);
  }
  return found;
}

async function fixture(): Promise<{ fixture: Fixture; official: Actor; otherOfficial: Actor }> {
  const [own, other] = [await department(), await department()];
  const official = await actorFor({ role: "OFFICIAL", departmentId: own.id });
  const otherOfficial = await actorFor({ role: "OFFICIAL", departmentId: other.id });
  const { commitments } = await reportWithCommitments([{ indicator: "矩阵指标", targetValue: 100, leadDepartmentId: own.id, latestPercent: 100 }]);
  const c = commitments[0];
  const update = await db.progressUpdate.create({ data: { commitmentId: c.id, authorId: official.id, asOf: new Date("2023-05-31T00:00:00Z"), actualValue: 50, percent: 50, narrative: "待审" } });
  const request = await db.changeRequest.create({ data: { commitmentId: c.id, kind: "EXTEND_DEADLINE", requesterId: official.id, proposedDeadline: new Date("2024-03-31T00:00:00Z"), reason: "待定" } });
  const reminder = await db.reminder.create({ data: { commitmentId: c.id, senderId: official.id, note: "请报送进展" } });
  const draft = await db.importDraft.create({ data: { title: "矩阵", issuer: "测试", year: 2023, text: "x", sourceHash: "matrix", sections: [], candidates: [], createdById: official.id } });
  const target = await actorFor({ role: "VIEWER" });
  return {
    official,
    otherOfficial,
    fixture: { departmentId: other.id, commitmentId: c.id, commitmentVersion: c.version, submittedUpdateId: update.id, pendingChangeRequestId: request.id, reminderId: reminder.id, reportId: c.reportId, draftId: draft.id, userId: target.id },
  };
}

async function callerActor(caller: Caller, f: { official: Actor; otherOfficial: Actor }): Promise<Actor | null> {
  switch (caller) {
    case "anonymous":
      return null;
    case "disabled": {
      // A disabled admin's session cookie still names them; the wrapper is handed what
      // loadActor makes of it, as on every real request.
      const disabled = await actorFor({ role: "ADMIN", disabled: true });
      return loadActor(disabled.id);
    }
    case "passwordDue": {
      // As loadActor reads them: the reset is in the database, not in their session.
      const due = await actorFor({ role: "ADMIN", mustChangePassword: true });
      return loadActor(due.id);
    }
    case "official":
      return f.official;
    case "otherOfficial":
      return f.otherOfficial;
    default:
      return actorFor({ role: caller.toUpperCase() as Role });
  }
}

describe("the permission matrix", async () => {
  const actions = await discoverActions();

  it("has a row for every server action found in lib/, and every action names a row of the permissions table", () => {
    expect([...actions.keys()].sort()).toEqual(Object.keys(MATRIX).sort());
    for (const definition of actions.values()) expect(Object.keys(PERMISSIONS)).toContain(definition.permission);
    // A refusal names what was attempted: each action by a name of its own.
    expect(new Set([...actions.values()].map((d) => d.name)).size).toBe(actions.size);
  });

  for (const [name, row] of Object.entries(MATRIX)) {
    for (const caller of CALLERS) {
      const role = caller === "anonymous" || caller === "disabled" ? null : caller === "otherOfficial" ? "OFFICIAL" : caller === "passwordDue" ? "ADMIN" : (caller.toUpperCase() as Role);
      const roleAllowed = role !== null && row.roles.includes(role);
      const expected =
        role === null
          ? "unauthenticated"
          : caller === "passwordDue" && !row.whilePasswordChangeDue
            ? "password_change_due"
            : !roleAllowed
              ? "forbidden"
              : row.scoped && caller === "otherOfficial"
                ? "not_found"
                : "allowed";
      it(`${name} by ${caller}: ${expected}`, async () => {
        const definition = actions.get(name)!;
        const f = await fixture();
        const actor = await callerActor(caller, f);
        const auditBefore = await db.auditEvent.count();
        const result = await executeAction(definition, actor, row.input(f.fixture));
        if (expected === "allowed") {
          // Allowed callers get past authentication and authorization; the use case may still
          // find the input wanting (e.g. an empty import), which is not a permission answer.
          if (!result.ok) expect(["invalid", "conflict", "not_found"]).toContain(result.kind);
          if (!result.ok && result.kind === "not_found") expect(name).toMatch(/Import$/);
        } else {
          expect(result).toMatchObject({ ok: false, kind: expected });
          // A denial leaks nothing: another department's commitment is "not found", not "forbidden".
          if (expected === "not_found" && !result.ok) expect(result.message).toBe("未找到该记录，或您无权访问。");
          expect(await db.auditEvent.count()).toBeGreaterThanOrEqual(auditBefore);
          // …and leaves a trace: who tried what (a caller not signed in is nobody to name, nor one
          // whose password change is due: they are not yet fully signed in).
          if (expected === "password_change_due" && actor) expect(await db.auditEvent.count({ where: { actorId: actor.id } })).toBe(0);
          else if (actor) {
            const refusals = await db.auditEvent.findMany({ where: { actorId: actor.id } });
            expect(refusals.map((e) => [e.action, (e.after as { attempted?: string }).attempted])).toEqual([[expected === "forbidden" ? "action.denied" : "action.notFound", definition.name]]);
          }
        }
      });
    }
  }
});
