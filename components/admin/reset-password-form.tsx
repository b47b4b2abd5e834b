"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FoldedForm } from "@/components/ui/folded-form";
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
    <FoldedForm open={labels.open} title={labels.title} action={formAction} state={state} pending={pending} submit={labels.submit}>
      <input type="hidden" name="userId" value={userId} />
      <Field id={`reset-password-${userId}`} label={labels.password} hint={labels.hint} errors={e.password}>
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
    </FoldedForm>
  );
}
