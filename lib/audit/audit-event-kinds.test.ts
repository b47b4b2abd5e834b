import { describe, expect, it } from "vitest";
import { zh } from "@/lib/i18n/zh";
import { AUDIT_ACTIONS } from "./audit-actions";
import { AUDIT_ACTION_KINDS, AUDIT_EVENT_KINDS, actionsOfKind } from "./audit-event-kinds";
import { ACTIONS, actionLiteralsInLib } from "./written-actions.fixture";

const kindOf = AUDIT_ACTION_KINDS as Record<string, string | undefined>;

describe("the kinds of event the log is filtered by (类别)", () => {
  it("give every action the app writes exactly one kind", () => {
    for (const action of ACTIONS) {
      expect(kindOf[action], action).toBeDefined();
      expect(AUDIT_EVENT_KINDS.filter((kind) => actionsOfKind(kind).includes(action)), action).toHaveLength(1);
    }
    // An action written in lib/ but not yet listed in ACTIONS fails here as well.
    for (const action of actionLiteralsInLib()) expect(kindOf[action], action).toBeDefined();
  });

  it("order the log's action filter: every action, grouped by kind in the kind filter's order", () => {
    expect([...AUDIT_ACTIONS].sort()).toEqual([...ACTIONS].sort());
    const kindAt = AUDIT_ACTIONS.map((action) => (AUDIT_EVENT_KINDS as readonly (string | undefined)[]).indexOf(kindOf[action]));
    expect(kindAt).toEqual([...kindAt].sort((a, b) => a - b));
    // No words are kept for an action the filter does not offer.
    const worded = Object.keys(zh).filter((key) => key.startsWith("audit.action.")).map((key) => key.slice("audit.action.".length));
    expect(worded.sort()).toEqual([...AUDIT_ACTIONS].sort());
  });

  it("name no action the app does not write, and leave no kind empty", () => {
    for (const action of Object.keys(AUDIT_ACTION_KINDS)) expect(ACTIONS, action).toContain(action);
    for (const kind of AUDIT_EVENT_KINDS) expect(actionsOfKind(kind).length, kind).toBeGreaterThan(0);
  });

  it("put sign-ins apart from account changes and from the work tracked", () => {
    expect(actionsOfKind("signIn")).toEqual(expect.arrayContaining(["auth.signIn", "auth.signOut", "auth.signInFailed"]));
    expect(actionsOfKind("account")).toEqual(expect.arrayContaining(["user.create", "user.disable", "user.resetPassword", "department.merge"]));
    expect(actionsOfKind("work")).toEqual(expect.arrayContaining(["report.import", "commitment.assignOwners", "update.approve", "commitment.verify", "changeRequest.submit", "commitment.closeUnmet"]));
    expect(actionsOfKind("refused")).toEqual(["action.denied", "action.notFound", "access.denied", "access.notFound"]);
  });
});
