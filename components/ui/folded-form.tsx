import type { ReactNode } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/actions/form-state";

/** A small form folded away behind a button-like summary until opened (重置密码, 重命名). */
export function FoldedForm({
  open,
  title,
  action,
  state,
  pending,
  submit,
  children,
}: {
  /** The summary's text. */
  open: string;
  /** The form's accessible name. */
  title: string;
  action: (formData: FormData) => void;
  state: FormState;
  pending: boolean;
  submit: string;
  children: ReactNode;
}) {
  return (
    <details className="mt-1">
      <summary className={`${secondaryButtonClass} inline-block cursor-pointer`}>{open}</summary>
      <form noValidate action={action} aria-label={title} className="mt-2 w-72 space-y-2">
        {children}
        <SubmitButton pending={pending}>{submit}</SubmitButton>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
