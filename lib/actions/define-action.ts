import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import type { PermissionAction } from "@/lib/permissions/permissions";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import type { MessageKey } from "@/lib/i18n/zh";
import type { FieldProblem } from "./errors";

export interface ActionContext<Input> {
  actor: Actor;
  input: Input;
  tx: Tx;
}

export interface ActionOutcome<Result> {
  result: Result;
  /** What changed, written to the audit trail in the same transaction. */
  audit: AuditEntry[];
}

/** What an action is called where the audit trail records it refused: each has its words under audit.attempt.*. */
export type ActionName = Extract<MessageKey, `audit.attempt.${string}`> extends `audit.attempt.${infer Name}` ? Name : never;

/** The kinds of record actions act on, as the audit trail files its events. */
export type AuditedEntity = "User" | "Department" | "Commitment" | "ProgressUpdate" | "ChangeRequest" | "Reminder" | "Report" | "ImportDraft" | "Setting";

/**
 * A server action's definition: its row in the permissions table, its zod schema (shared with
 * the form), and the use case that runs inside the transaction. executeAction does the rest.
 */
export interface ActionDefinition<Schema extends z.ZodType, Result> {
  /** What the audit trail calls it when it is refused (action.denied, action.notFound). */
  name: ActionName;
  /**
   * The record it acts on, under which a refusal is filed: its kind, and the input field naming
   * it (none for a creation, or a bulk action's list, which the refusal records as it is).
   */
  subject: { entity: AuditedEntity; id?: Extract<keyof z.output<Schema>, string> };
  permission: PermissionAction;
  schema: Schema;
  /**
   * Whether a user whose password an admin chose (Actor.mustChangePassword) may run it before
   * changing that password. Only changing it may: everything else is refused until then.
   */
  whilePasswordChangeDue?: boolean;
  /**
   * Checks that must leave a trace even when they refuse (a wrong password counts towards the
   * throttle), run after authorisation and before the transaction opens: a refusal thrown in
   * `run` rolls back what it wrote, and writing through another connection from inside `run`
   * would hold two of the pool's connections at once. Throws ExpectedError to refuse.
   */
  precheck?: (ctx: { actor: Actor; input: z.output<Schema> }) => Promise<void>;
  /**
   * What only the database can say of single fields (a login name or a department's name
   * taken), or only an upload's bytes (an evidence file's type by content), asked of the fields
   * that passed their own checks — also when others failed theirs, so one answer names every
   * mistake. Run after authorisation (a caller who may not act learns nothing of the data), and
   * before the transaction, so a refusal writes nothing; two writers racing past it meet the unique
   * index, which answers "changed by someone else, try again" — and the retry names the field.
   */
  fieldChecks?: (fields: Partial<z.output<Schema>>) => Promise<FieldProblem[]>;
  run: (ctx: ActionContext<z.output<Schema>>) => Promise<ActionOutcome<Result>>;
  /** Paths whose cached pages show what this action changes. */
  revalidate?: (result: Result) => string[];
}

export function defineAction<Schema extends z.ZodType, Result>(
  definition: ActionDefinition<Schema, Result>,
): ActionDefinition<Schema, Result> {
  return definition;
}
