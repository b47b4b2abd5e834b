"use client";

import { useActionState } from "react";
import { Field, fileInputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { rowProblemLine } from "@/lib/bulk-updates/row-problem-line";
import { useSuccessKey } from "@/components/ui/use-success-key";

/** Upload of the filled-in sheet; a refused file lists what is wrong, row by row. */
export function BulkUploadForm({
  action,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: { title: string; file: string; submit: string; row: string; separator: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const rowErrors = Object.entries(state.fieldErrors ?? {})
    .filter(([field]) => field.startsWith("row-"))
    .map(([field, messages]) => ({ row: Number(field.slice(4)), messages }))
    .sort((a, b) => a.row - b.row);
  // A new key after a success empties the file input; a refusal keeps the file chosen
  // (submitKeepingFields: a browser cannot refill a file input), to be sent again once mended.
  const formKey = useSuccessKey(state);
  return (
    <form key={formKey} action={formAction} onSubmit={submitKeepingFields(formAction)} aria-label={labels.title} className="space-y-3">
      <Field id="sheet" label={labels.file} errors={state.fieldErrors?.sheet}>
        {(p) => <input {...p} name="sheet" type="file" accept=".xlsx" className={fileInputClass} />}
      </Field>
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
      <FormMessage state={state} />
      {/* Always there, so that the rows' problems are read out when they appear, not only the summary. */}
      <div aria-live="polite">
        {rowErrors.length > 0 && (
          <ul className="list-disc space-y-1 pl-5 text-sm text-red-700" data-testid="row-errors">
            {rowErrors.map((r) => (
              <li key={r.row}>{rowProblemLine(labels.row, r.row, r.messages, labels.separator)}</li>
            ))}
          </ul>
        )}
      </div>
    </form>
  );
}
