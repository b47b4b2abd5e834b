import type { FormState } from "@/lib/actions/form-state";
import { SentenceWithData } from "./sentence-with-data";

/** A form's answer as shown: one that names a person or a department has the name marked (SentenceWithData). */
export function AnswerText({ state }: { state: FormState }) {
  return state.sentence ? <SentenceWithData template={state.sentence.template} data={state.sentence.data} /> : state.message;
}
