import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { signInAgainPath } from "@/lib/auth/sign-in-again-path";
import { PAGE_PATH_HEADER } from "@/lib/http/page-path-header";
import { can } from "@/lib/permissions/permissions";
import { getLocale } from "@/lib/i18n/server-locale";
import { fillSentence, type Sentence } from "@/lib/i18n/sentence";
import { translator, type Translate } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";
import type { ActionDefinition } from "./define-action";
import { executeAction, waitsForPasswordChange } from "./execute-action";
import type { FormState } from "./form-state";

// Passwords are never sent back; nor is the review payload, which the page rebuilds.
const NEVER_ECHOED = /password|^candidates$/i;

/** Why uploaded files are refused before the action runs: the field, the message and its values. */
export interface FileProblem {
  field: string;
  messageKey: MessageKey;
  params?: Record<string, string | number>;
}

export interface FormActionOptions<Result> {
  /** A Sentence when it names a person or a department, which the form then shows marked as data. */
  successMessage?: (result: Result, t: Translate) => string | Sentence;
  /** Whether a success is said as a warning (`tone`): it left something to be done (a department with nobody to report). */
  warns?: (result: Result) => boolean;
  /** Where to go after a success (e.g. the record just created), given what was sent; null: stay. */
  redirectTo?: (result: Result, values: Record<string, unknown>) => string | null;
  /** Runs after a success, before any redirect (e.g. to update the session cookie). */
  afterSuccess?: (result: Result) => Promise<void>;
  /**
   * Turns uploaded files into plain values. A returned problem refuses the request alone (a sheet
   * that cannot be read leaves nothing else to check); a list is said with the schema's mistakes
   * and the definition's fieldChecks in one answer (evidence beside an update's fields).
   */
  readFiles?: (formData: FormData, values: Record<string, unknown>) => Promise<FileProblem | FileProblem[] | null>;
  /** What of the values goes back to a refused form (default: all but passwords and payloads). */
  echo?: (values: Record<string, string>) => Record<string, string>;
}

/**
 * Turns an action definition into a form action for useActionState: reads the session and the
 * FormData, runs executeAction, revalidates on success and returns field errors with the typed
 * values otherwise.
 */
export function formAction<Schema extends z.ZodType, Result>(
  definition: ActionDefinition<Schema, Result>,
  options: FormActionOptions<Result> = {},
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values: Record<string, unknown> = formValues(formData);
    const echoed = (v: Record<string, unknown>) => (options.echo ?? ((e) => e))(echo(v));
    const [actor, locale] = await Promise.all([getCurrentActor(), getLocale()]);
    const t = translator(locale);
    // Files are read (unpacked, parsed) only for those who may send them: the permission is
    // checked again where the action runs, but reading is the costly part.
    const read = actor && can(actor, definition.permission) && !waitsForPasswordChange(actor, definition) && options.readFiles ? await options.readFiles(formData, values) : null;
    const problem = Array.isArray(read) ? null : read;
    if (problem) {
      // Said beside the file field; the form's summary says what any refused field gets, not the same words twice.
      const message = t(problem.messageKey, problem.params);
      return { status: "error", message: t("form.invalid"), fieldErrors: { [problem.field]: [message] }, values: echoed(values), submittedAt: Date.now() };
    }
    const result = await executeAction(definition, actor, values, locale, Array.isArray(read) ? read : []);
    if (!result.ok) {
      // A refusal said beside its field is not said again as the form's summary: the summary
      // says what any refused field gets, as it does for the schema's refusals.
      const besideAField = Object.values(result.fieldErrors ?? {}).some((messages) => messages.includes(result.message));
      const message = result.kind === "invalid" && besideAField ? t("form.invalid") : result.message;
      // The session ended while the form was being filled (signed out in another tab, past its
      // lifetime): the form keeps what was typed, and its user signs in again in a new tab — this
      // one navigated to the login page would lose it — and comes back here to send it again.
      const link =
        result.kind === "unauthenticated"
          ? { href: signInAgainPath((await headers()).get(PAGE_PATH_HEADER)), label: t("error.sessionEnded.signIn"), newTab: true as const }
          : result.link;
      return { status: "error", message, errorKind: result.kind, fieldErrors: result.fieldErrors, link, values: echoed(values), submittedAt: Date.now() };
    }
    for (const path of definition.revalidate?.(result.data) ?? []) revalidatePath(path);
    await options.afterSuccess?.(result.data);
    const next = options.redirectTo?.(result.data, values);
    if (next) redirect(next);
    const said = options.successMessage?.(result.data, t);
    const tone = options.warns?.(result.data) ? ({ tone: "warning" } as const) : {};
    if (typeof said === "object") return { status: "success", message: fillSentence(said), sentence: said, ...tone, submittedAt: Date.now() };
    return { status: "success", message: said, ...tone, submittedAt: Date.now() };
  };
}

/** FormData → plain object; repeated names (checkboxes, multi-selects) become arrays. */
function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

function echo(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (NEVER_ECHOED.test(k)) continue;
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v)) out[k] = v.join(",");
  }
  return out;
}
