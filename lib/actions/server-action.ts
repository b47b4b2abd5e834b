import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { getLocale } from "@/lib/i18n/server-locale";
import type { ActionDefinition } from "./define-action";
import { executeAction } from "./execute-action";
import type { FormState } from "./form-state";

const NEVER_ECHOED = /password/i;

/**
 * Turns an action definition into a form action for useActionState: reads the session and the
 * FormData, runs executeAction, revalidates on success and returns field errors with the typed
 * values otherwise.
 */
export function formAction<Schema extends z.ZodType, Result>(
  definition: ActionDefinition<Schema, Result>,
  successMessage?: (result: Result) => Promise<string> | string,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = formValues(formData);
    const [actor, locale] = await Promise.all([getCurrentActor(), getLocale()]);
    const result = await executeAction(definition, actor, values, locale);
    if (!result.ok) {
      return { status: "error", message: result.message, fieldErrors: result.fieldErrors, values: echo(values), submittedAt: Date.now() };
    }
    for (const path of definition.revalidate?.(result.data) ?? []) revalidatePath(path);
    return { status: "success", message: successMessage ? await successMessage(result.data) : undefined, submittedAt: Date.now() };
  };
}

/** FormData → plain object; repeated names (checkboxes, multi-selects) become arrays. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    const existing = out[key];
    out[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

function echo(values: Record<string, string | string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (!NEVER_ECHOED.test(k)) out[k] = Array.isArray(v) ? v.join(",") : v;
  return out;
}
