import fs from "node:fs";
import path from "node:path";

/**
 * Every action the app writes to the audit trail (grep `action:` in lib/), what the specs hold
 * them against: describe-changes.test (each has its words), audit-event-kinds.test (each has its
 * one kind). Not imported by the app.
 */
export const ACTIONS: readonly string[] = [
  "update.submit",
  "update.resubmit",
  "update.approve",
  "update.return",
  "update.revoke",
  "update.remeasure",
  "changeRequest.submit",
  "changeRequest.approve",
  "changeRequest.refuse",
  "commitment.extendDeadline",
  "commitment.adjustTarget",
  "commitment.latestFigures",
  "commitment.verify",
  "reminder.send",
  "reminder.answer",
  "reminder.close",
  "commitment.closeUnmet",
  "commitment.reopen",
  "commitment.assignOwners",
  "commitment.create",
  "commitment.delete",
  "commitment.withdraw",
  "commitment.restore",
  "report.import",
  "report.delete",
  "report.update",
  "import.start",
  "import.discard",
  "user.create",
  "user.update",
  "user.resetPassword",
  "user.changePassword",
  "user.disable",
  "user.enable",
  "department.create",
  "department.rename",
  "department.keywords",
  "department.activate",
  "department.deactivate",
  "department.merge",
  "settings.update",
  "auth.signIn",
  "auth.signInFailed",
  "auth.signInThrottled",
  "auth.signOut",
  "auth.passwordChangeFailed",
  "auth.passwordChangeThrottled",
  "action.denied",
  "action.notFound",
  "access.denied",
  "access.notFound",
];

/** Every "x.y" literal on a line of lib/ that sets an action (a ternary of two included). */
export function actionLiteralsInLib(): Set<string> {
  const root = path.resolve(import.meta.dirname, "..");
  const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.startsWith("generated"));
  const actionLines = files.flatMap((f) => fs.readFileSync(path.join(root, f), "utf8").split("\n").filter((line) => /\baction: /.test(line)));
  return new Set(actionLines.flatMap((line) => [...line.matchAll(/"([a-z][a-zA-Z]*\.[a-z][a-zA-Z]*)"/g)].map((m) => m[1])));
}
