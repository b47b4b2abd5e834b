"use client";

import { useActionState, useRef } from "react";
import { Field, fileInputClass, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { detectIssuer } from "@/lib/extract/issuer";
import { readUploadedText } from "@/lib/imports/read-uploaded-text";

export interface ImportFormLabels {
  title: string;
  file: string;
  paste: string;
  issuer: string;
  /** Under the issuer: it is filled in from the text, to check. */
  issuerHint: string;
  year: string;
  submit: string;
  submitting: string;
}

/** How much of the text pasted the issuer is read from as it is typed (the server reads it all when left empty). */
const ISSUER_READ_WITHIN = 20_000;

export function ImportForm({
  action,
  labels,
  defaultIssuer,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  labels: ImportFormLabels;
  defaultIssuer: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const issuerInput = useRef<HTMLInputElement>(null);
  // The issuer last filled in from a text: another text replaces it, what the admin typed stays.
  const filledIn = useRef<string | null>(null);
  const fillIssuer = (text: string) => {
    const input = issuerInput.current;
    if (!input || (input.value.trim() !== "" && input.value !== filledIn.current)) return;
    // Read from the text's opening (the speaker speaks in its first paragraphs): typing in a pasted
    // report of a megabyte must not normalise all of it at each keystroke.
    const found = detectIssuer(text.slice(0, ISSUER_READ_WITHIN)) ?? "";
    input.value = found;
    filledIn.current = found;
  };
  return (
    // A refusal keeps the file chosen (a browser cannot refill a file input): submitKeepingFields.
    // noValidate: an issuer left empty is read from the text by the server, said there if it cannot be.
    <form action={formAction} onSubmit={submitKeepingFields(formAction)} noValidate className="space-y-3" aria-label={labels.title}>
      <Field id="file" label={labels.file} errors={e.file}>
        {(p) => (
          <input
            {...p}
            name="file"
            type="file"
            accept=".txt,text/plain"
            className={fileInputClass}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Read as the server will read it: a file it would refuse fills nothing in.
              if (file) void readUploadedText(file).then((read) => "text" in read && fillIssuer(read.text));
            }}
          />
        )}
      </Field>
      <Field id="text" label={labels.paste} errors={e.text}>
        {(p) => <textarea {...p} name="text" rows={8} defaultValue={v.text} onChange={(event) => fillIssuer(event.target.value)} className={inputClass} />}
      </Field>
      <div className="grid gap-3 md:grid-cols-2">
        <Field id="issuer" label={labels.issuer} hint={labels.issuerHint} errors={e.issuer}>
          {(p) => <input {...p} ref={issuerInput} name="issuer" required maxLength={100} defaultValue={v.issuer ?? defaultIssuer} className={inputClass} />}
        </Field>
        <Field id="year" label={labels.year} errors={e.year}>
          {(p) => <input {...p} name="year" inputMode="numeric" defaultValue={v.year} className={inputClass} />}
        </Field>
      </div>
      <SubmitButton pending={pending}>{pending ? labels.submitting : labels.submit}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
