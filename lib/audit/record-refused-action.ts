import "server-only";
import type { z } from "zod";
import type { ActionDefinition } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/auth/actor";
import { recordRefusal } from "./record-audit-events";
import { refusedInput } from "./refused-input";

/**
 * action.denied: the permissions table refused the caller. action.notFound: the record named was
 * not there for them — missing, or another department's (deliberately the same answer to the
 * caller, and the same record here: telling them apart is the auditor's business, who can open
 * the record named).
 */
export type RefusedAction = "action.denied" | "action.notFound";

/**
 * Records an action refused, in a transaction of its own: the action's own, if it had begun, is
 * rolled back with everything it wrote, and the refusal must still be on record. What was
 * attempted is the action's name and the records and choices of its input (refusedInput), filed
 * under the record it acts on, so the log's filter by record finds it. One event per refused
 * request: every one names a signed-in caller, so a flood of them is itself on record. Never
 * throws: a refusal is answered as a refusal even when the database cannot take its record (the
 * failure is logged).
 */
export async function recordRefusedAction<Schema extends z.ZodType>(
  definition: Pick<ActionDefinition<Schema, unknown>, "name" | "subject" | "schema">,
  actor: Actor,
  input: unknown,
  action: RefusedAction,
): Promise<void> {
  const { [definition.subject.id ?? ""]: subjectId, ...named } = refusedInput(definition.schema, input);
  await recordRefusal(
    actor.id,
    [{ action, entity: definition.subject.entity, entityId: typeof subjectId === "number" ? subjectId : "", after: { attempted: definition.name, ...named } }],
    `${action} of ${definition.name}`,
  );
}
