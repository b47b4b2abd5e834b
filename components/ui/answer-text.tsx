import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";
import { SentenceWithData } from "./sentence-with-data";

/**
 * A form's answer as shown: one that names a person or a department has the name marked
 * (SentenceWithData); a refusal with a way on (the commitments an official still holds) links to it.
 */
export function AnswerText({ state }: { state: FormState }) {
  const text = state.sentence ? <SentenceWithData template={state.sentence.template} data={state.sentence.data} /> : state.message;
  if (!state.link) return text;
  return (
    <>
      {text}{" "}
      <Link href={state.link.href} className="underline">
        {state.link.label}
      </Link>
    </>
  );
}
