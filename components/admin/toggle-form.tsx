"use client";

import { useActionState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

/** A one-button form (enable / disable) that shows why it was refused, if it was. */
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
    <form action={formAction} className="inline-flex items-center gap-2">
      {Object.entries(fields).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      <SubmitButton pending={pending} aria-label={name} className={secondaryButtonClass}>{label}</SubmitButton>
      {state.status === "error" && (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}
