import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { can } from "@/lib/permissions/permissions";
import { writeAuditEvents } from "@/lib/audit/write-audit-event";
import { recordRefusedAction } from "@/lib/audit/record-refused-action";
import type { Locale } from "@/lib/i18n/translate";
import { isMessageKey, translator } from "@/lib/i18n/translate";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActionDefinition } from "./define-action";
import { ExpectedError, refuseFieldProblems, type FieldProblem } from "./errors";
import { findNul } from "./find-nul";

export type ActionResult<Result> =
  | { ok: true; data: Result }
  | {
      ok: false;
      kind: "unauthenticated" | "password_change_due" | "invalid" | "forbidden" | "not_found" | "conflict" | "error";
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** Where to go on from the refusal, in the reader's words (RefusalLink). */
      link?: { href: string; label: string };
    };

/**
 * The one path every server action takes: authenticate (a user who must first change the password
 * an admin chose is refused every other action) → parse with zod → authorize against the
 * permissions table → run in a transaction → write the audit event(s) in it → (caller revalidates).
 * A signed-in caller refused by the permissions table, or told the record is not found, is
 * recorded in the audit trail outside the action's transaction (record-refused-action.ts).
 * Callable without Next.js, which is how the integration tests drive every action.
 * `refused`: mistakes found before the input was plain values (files the form's readFiles would
 * not read: empty, too large, too many), said with the schema's and fieldChecks' in one answer;
 * nothing runs while there is one.
 */
export async function executeAction<Schema extends z.ZodType, Result>(
  definition: ActionDefinition<Schema, Result>,
  actor: Actor | null,
  rawInput: unknown,
  locale: Locale = "zh",
  refused: readonly FieldProblem[] = [],
): Promise<ActionResult<Result>> {
  const t = translator(locale);
  if (!actor) return { ok: false, kind: "unauthenticated", message: t("error.sessionEnded") };
  // A password an admin chose is changed before anything else is done with it (requireActor
  // sends every page to 修改密码). Not a refusal by role: nothing is recorded, as for no session.
  if (waitsForPasswordChange(actor, definition)) return { ok: false, kind: "password_change_due", message: t("account.password.dueFirst") };

  const allowed = can(actor, definition.permission);
  const parsed = definition.schema.safeParse(rawInput, {
    error: (locale === "en" ? z.locales.en() : z.locales.zhCN()).localeError,
  });
  // Recorded whatever else is wrong with the request: a caller without the role whose input is
  // malformed too is answered "invalid" (authorization comes after parsing), but tried all the same.
  if (!allowed) await recordRefusedAction(definition, actor, parsed.success ? parsed.data : rawInput, "action.denied");
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error, locale);
    // The database's word on the fields that passed, only to whoever may act.
    if (allowed) {
      const checked = definition.fieldChecks ? await definition.fieldChecks(fieldsThatPass(definition.schema, rawInput, fieldErrors) as Partial<z.output<Schema>>) : [];
      for (const problem of [...refused, ...checked]) (fieldErrors[problem.field] ??= []).push(t(problem.messageKey, problem.params));
    }
    return { ok: false, kind: "invalid", message: t("form.invalid"), fieldErrors };
  }

  const nul = findNul(parsed.data);
  if (nul) {
    const message = t("form.nul");
    return { ok: false, kind: "invalid", message, fieldErrors: { [nul.length ? nul.join(".") : "_form"]: [message], ...(nul.length > 1 ? { [String(nul[0])]: [message] } : {}) } };
  }

  if (!allowed) return { ok: false, kind: "forbidden", message: t("error.forbidden") };

  try {
    // The database's word on the fields, refused as the use cases refuse field mistakes (below).
    refuseFieldProblems([...refused, ...((await definition.fieldChecks?.(parsed.data)) ?? [])]);
    await definition.precheck?.({ actor, input: parsed.data });
    const data = await db.$transaction(
      async (tx) => {
        const { result, audit } = await definition.run({ actor, input: parsed.data, tx });
        await writeAuditEvents(tx, actor.id, audit);
        return result;
      },
      { timeout: 30_000, maxWait: 10_000 },
    );
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ExpectedError) {
      // The transaction is rolled back; the record of the attempt is written after it.
      if (error.kind === "not_found") await recordRefusedAction(definition, actor, parsed.data, "action.notFound");
      const message = t(error.messageKey, error.params);
      const fieldErrors: Record<string, string[]> = {};
      if (error.field) fieldErrors[error.field] = [message];
      for (const d of error.details ?? []) (fieldErrors[d.field] ??= []).push(t(d.messageKey, d.params));
      const link = error.link && { href: error.link.href, label: t(error.link.labelKey, error.link.params) };
      return { ok: false, kind: error.kind, message, fieldErrors: Object.keys(fieldErrors).length ? fieldErrors : undefined, ...(link ? { link } : {}) };
    }
    // Two writers racing on a unique or serialisation constraint: the loser is told to retry.
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2034" || error.code === "P2002")) {
      return { ok: false, kind: "conflict", message: t("error.conflict") };
    }
    console.error(`[action ${definition.permission}] failed`, error);
    return { ok: false, kind: "error", message: t("error.unexpected") };
  }
}

/** Whether the actor must change the password an admin chose before running this action. */
export function waitsForPasswordChange(actor: Actor, definition: Pick<ActionDefinition<z.ZodType, unknown>, "whilePasswordChangeDue">): boolean {
  return actor.mustChangePassword && definition.whilePasswordChangeDue !== true;
}

/**
 * The fields of an object schema's input that passed their own checks (and were not refused by a
 * rule across fields), as parsed: what fieldChecks may ask the database about.
 */
function fieldsThatPass(schema: z.ZodType, rawInput: unknown, refused: Record<string, string[]>): Record<string, unknown> {
  if (!(schema instanceof z.ZodObject) || typeof rawInput !== "object" || rawInput === null) return {};
  const raw = rawInput as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (refused[key]) continue;
    const parsed = field.safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

function fieldErrorsOf(error: z.ZodError, locale: Locale): Record<string, string[]> {
  const t = translator(locale);
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    // Schemas name their own messages by i18n key ("form.required"); zod's are already localised.
    const message = isMessageKey(issue.message) ? t(issue.message, issue.code === "custom" ? issue.params : undefined) : issue.message;
    (out[field] ??= []).push(message);
    // "evidence.0.base64" is also shown at the "evidence" input, which is what the form has.
    const top = String(issue.path[0] ?? "");
    if (issue.path.length > 1 && !out[top]?.includes(message)) (out[top] ??= []).push(message);
  }
  return out;
}
