"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { AnswerInPlace } from "@/components/ui/answer-in-place";
import { AskFirstButton, AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { Field, inputClass } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LazyFold } from "@/components/ui/lazy-fold";
import { SelectOptions } from "@/components/ui/select-options";
import { submitKeepingFields } from "@/components/ui/submit-keeping-fields";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { describeMergePreview, mergePreviewKey, type MergePreview, type MergePreviewLabels } from "@/lib/departments/merge-preview";
import { fillMessage } from "@/lib/i18n/fill-message";
import { DATA_LANG } from "@/lib/reports/report-lang";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface MergeDepartmentLabels {
  open: string;
  title: string;
  into: string;
  hint: string;
  choose: string;
  /** The button that asks ("合并…"), and the question's answers. */
  submit: string;
  confirm: string;
  cancel: string;
  /** Unfilled: "将转入：{what}。". */
  moving: string;
  /** Unfilled: "将{name}并入{into}？将转入：{what}。…不能撤销。". */
  question: string;
  loading: string;
  failed: string;
  what: MergePreviewLabels;
}

/**
 * 合并到… in an active department's row: rendered once opened, when what the merge would move is
 * asked for (GET /api/departments/<id>/merge-preview) and said above the choice; the merge is
 * asked first, the question stating it with the department chosen, and sends back what was stated
 * (`seen`), which the server must still find. The departments to choose from are the page's one
 * list, not a select of them in every row.
 */
export function MergeDepartmentForm({
  action,
  department,
  targets,
  fold,
  labels,
}: {
  action: Action;
  department: { id: number; name: string; active: boolean };
  /** The active departments (itself left out here). */
  targets: { id: number; name: string }[];
  fold: { href: string; open: boolean };
  labels: MergeDepartmentLabels;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // Merged, the department is deactivated and takes no merge: the answer is said where the form was.
  if (!department.active) return <AnswerInPlace state={state} className="mt-1 w-72 p-2" />;
  return (
    <LazyFold label={labels.open} {...fold}>
      <MergeFields state={state} formAction={formAction} pending={pending} department={department} targets={targets} labels={labels} />
    </LazyFold>
  );
}

function MergeFields({
  state,
  formAction,
  pending,
  department,
  targets,
  labels,
}: {
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  department: { id: number; name: string };
  targets: { id: number; name: string }[];
  labels: MergeDepartmentLabels;
}) {
  // Read again after a refusal: it may be that what would move has changed.
  const preview = useMergePreview(department.id, state.status === "error" ? state.submittedAt : undefined);
  const { asking, ask, stopAsking, triggerRef, cancelRef } = useAskFirst(state);
  const select = useRef<HTMLSelectElement>(null);
  const [into, setInto] = useState("");
  const typed = state.status === "error" ? state.values?.intoId : undefined;
  const choices = targets.filter((d) => d.id !== department.id);
  const what = preview.status === "ready" ? describeMergePreview(preview.preview, labels.what) : null;
  return (
    // A refusal keeps the department chosen (React resets a form after its action): submitKeepingFields.
    <form noValidate action={formAction} onSubmit={submitKeepingFields(formAction)} aria-label={labels.title} className="mt-2 w-72 space-y-2">
      <input type="hidden" name="departmentId" value={department.id} />
      {preview.status === "ready" && <input type="hidden" name="seen" value={mergePreviewKey(preview.preview)} />}
      <Field id={mergeFieldId(department.id)} label={labels.into} hint={labels.hint} errors={state.fieldErrors?.intoId}>
        {(p) => (
          <select {...p} ref={select} name="intoId" required defaultValue={typed ?? ""} className={inputClass}>
            <SelectOptions items={choices.map((d) => ({ id: d.id, label: d.name, lang: DATA_LANG }))} empty={labels.choose} />
          </select>
        )}
      </Field>
      <p aria-live="polite" className="text-xs text-slate-600" data-testid="merge-preview">
        {what !== null ? fillMessage(labels.moving, { what }) : preview.status === "failed" ? labels.failed : labels.loading}
      </p>
      {asking && what !== null ? (
        <AskFirstQuestion
          question={fillMessage(labels.question, { name: department.name, into: choices.find((d) => String(d.id) === into)?.name ?? "", what })}
          confirm={labels.confirm}
          cancel={labels.cancel}
          onCancel={stopAsking}
          cancelRef={cancelRef}
          pending={pending}
        />
      ) : (
        // Nothing chosen, the form is sent as it is and the server says so at the field.
        what !== null && (
          <AskFirstButton
            label={labels.submit}
            required={["intoId"]}
            ask={() => {
              setInto(select.current?.value ?? "");
              ask();
            }}
            triggerRef={triggerRef}
          />
        )
      )}
      <FormMessage state={state} />
    </form>
  );
}

type PreviewState = { status: "loading" } | { status: "failed" } | { status: "ready"; preview: MergePreview };

/** What merging the department would move, asked for when the fold opens and again after `asked` changes. */
function useMergePreview(departmentId: number, asked: number | undefined): PreviewState {
  const key = `${departmentId}:${asked ?? 0}`;
  const [answer, setAnswer] = useState<{ key: string; preview: MergePreview | null } | null>(null);
  useEffect(() => {
    let current = true;
    fetch(`/api/departments/${departmentId}/merge-preview`, { headers: { accept: "application/json" }, cache: "no-store" })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { preview: MergePreview };
        if (current) setAnswer({ key, preview: body.preview });
      })
      .catch(() => {
        if (current) setAnswer({ key, preview: null });
      });
    return () => {
      current = false;
    };
  }, [departmentId, key]);
  if (answer?.key !== key) return { status: "loading" };
  return answer.preview ? { status: "ready", preview: answer.preview } : { status: "failed" };
}

export const mergeFieldId = (id: number) => `merge-department-${id}`;
