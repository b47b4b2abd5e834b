"use client";

import { useActionState } from "react";
import { Field, buttonClass, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export interface ResetPasswordLabels {
  /** The disclosure's text ("重置密码"). */
  open: string;
  /** The form's accessible name, naming the user ("重置密码：张三（zhangsan）"). */
  title: string;
  password: string;
  hint: string;
  submit: string;
}

/**
 * 重置密码 on a user's page: folded away until opened. The password is never put back into the
 * input (React empties it after each submission, and the server never echoes it).
 */
export function ResetPasswordForm({
  action,
  userId,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  userId: number;
  labels: ResetPasswordLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <details className="mt-1">
      <summary className={`${secondaryButtonClass} inline-block cursor-pointer`}>{labels.open}</summary>
      <form action={formAction} aria-label={labels.title} className="mt-2 w-72 space-y-2">
        <input type="hidden" name="userId" value={userId} />
        <Field id={`reset-password-${userId}`} label={labels.password} hint={labels.hint} errors={e.password}>
          {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
        </Field>
        <button type="submit" disabled={pending} className={buttonClass}>
          {labels.submit}
        </button>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
