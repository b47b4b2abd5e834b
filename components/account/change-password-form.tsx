"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export interface ChangePasswordLabels {
  title: string;
  current: string;
  next: string;
  nextHint: string;
  confirm: string;
  submit: string;
}

/** 修改密码: no password is ever put back into an input (the server echoes none). */
export function ChangePasswordForm({
  action,
  loginName,
  next,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** For password managers, which file the new password under this name. */
  loginName: string;
  /** The page to lead on to after a change that was due (an admin chose the password). */
  next?: string;
  labels: ChangePasswordLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} aria-label={labels.title} className="max-w-sm space-y-3">
      <input type="text" autoComplete="username" value={loginName} readOnly hidden />
      {next !== undefined && <input type="hidden" name="next" value={next} />}
      <Field id="currentPassword" label={labels.current} errors={e.currentPassword}>
        {(p) => <input {...p} name="currentPassword" type="password" autoComplete="current-password" className={inputClass} />}
      </Field>
      <Field id="newPassword" label={labels.next} hint={labels.nextHint} errors={e.newPassword}>
        {(p) => <input {...p} name="newPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="confirmPassword" label={labels.confirm} errors={e.confirmPassword}>
        {(p) => <input {...p} name="confirmPassword" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
