"use client";

import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** A one-button form (enable / disable) that says what it did, or why it was refused. */
export function ToggleForm({
  action,
  fields,
  label,
  name,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  /** The button's accessible name with what it acts on ("停用：张三"), for where the row is out of sight. */
  name: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    // The reason for a refusal goes on its own line: beside the button it squeezed it to 停/用.
    <form action={formAction} className="flex max-w-xs flex-wrap items-center gap-2">
      {Object.entries(fields).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <SubmitButton pending={pending} aria-label={name} className={`${secondaryButtonClass} shrink-0 whitespace-nowrap`}>{label}</SubmitButton>
      {state.status === "error" && (
        <span role="alert" className="basis-full text-xs text-red-700">
          {state.message}
        </span>
      )}
      {state.status === "success" && state.message && (
        <span role="status" className="basis-full text-xs text-green-800">
          {state.message}
        </span>
      )}
    </form>
  );
}
