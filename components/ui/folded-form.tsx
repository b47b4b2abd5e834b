import type { ReactNode } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/actions/form-state";

interface FoldFormProps {
  /** The form's accessible name. */
  title: string;
  action: (formData: FormData) => void;
  state: FormState;
  pending: boolean;
  submit: string;
  children: ReactNode;
}

/** The small form a fold holds: its fields, the submit button and the answer. */
export function FoldForm({ title, action, state, pending, submit, children }: FoldFormProps) {
  return (
    <form noValidate action={action} aria-label={title} className="mt-2 w-72 space-y-2">
      {children}
      <SubmitButton pending={pending}>{submit}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/**
 * A small form folded away behind a button-like summary until opened (重置密码, 更正报告信息).
 * In a list's every row, `LazyFold` instead: this one's form is in the page, opened or not.
 */
export function FoldedForm({ open, ...form }: FoldFormProps & { /** The summary's text. */ open: string }) {
  return (
    <Fold open={open}>
      <FoldForm {...form} />
    </Fold>
  );
}

/**
 * The browser's own fold behind a button-like summary (`open`: its text, "…" where a form
 * follows): nothing to hydrate, and the summary says whether it is expanded. Its content stays
 * in the page while folded, so a form around it sends what is inside.
 */
export function Fold({ open, children }: { open: string; children: ReactNode }) {
  return (
    <details className="mt-1">
      <summary className={`${secondaryButtonClass} inline-block cursor-pointer`}>{open}</summary>
      {children}
    </details>
  );
}
