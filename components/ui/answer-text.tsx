import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";
import { SentenceWithData } from "./sentence-with-data";

/**
 * A form's answer as shown: one that names a person or a department has the name marked
 * (SentenceWithData); a refusal with a way on (the commitments an official still holds) links to it,
 * in a new tab when this page must stay as it is (signing in again after the session ended).
 */
export function AnswerText({ state }: { state: FormState }) {
  const text = state.sentence ? <SentenceWithData template={state.sentence.template} data={state.sentence.data} /> : state.message;
  if (!state.link) return text;
  return (
    <>
      {text}{" "}
      <Link href={state.link.href} className="underline" {...(state.link.newTab ? { target: "_blank", rel: "noopener", prefetch: false } : {})}>
        {state.link.label}
      </Link>
    </>
  );
}
