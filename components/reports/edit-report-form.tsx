"use client";

import { useActionState } from "react";
import { Field, inputClass } from "@/components/ui/field";
import { FoldedForm } from "@/components/ui/folded-form";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

export interface EditReportLabels {
  open: string;
  title: string;
  hint: string;
  reportTitle: string;
  issuer: string;
  submit: string;
}

/** 修改报告信息 on the report's page (admin): folded away until opened; keeps what was typed on an error. */
export function EditReportForm({
  action,
  report,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  report: { id: number; title: string; issuer: string };
  labels: EditReportLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const typed = state.status === "error" ? state.values : undefined;
  const e = state.fieldErrors ?? {};
  return (
    <FoldedForm open={labels.open} title={labels.title} action={formAction} state={state} pending={pending} submit={labels.submit}>
      <input type="hidden" name="reportId" value={report.id} />
      <input type="hidden" name="shownTitle" value={report.title} />
      <input type="hidden" name="shownIssuer" value={report.issuer} />
      <Field id={`report-title-${report.id}`} label={labels.reportTitle} hint={labels.hint} errors={e.title}>
        {(p) => <input {...p} name="title" maxLength={200} defaultValue={typed?.title ?? report.title} className={inputClass} />}
      </Field>
      <Field id={`report-issuer-${report.id}`} label={labels.issuer} errors={e.issuer}>
        {(p) => <input {...p} name="issuer" maxLength={100} defaultValue={typed?.issuer ?? report.issuer} className={inputClass} />}
      </Field>
    </FoldedForm>
  );
}
