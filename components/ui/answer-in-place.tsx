"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { AnswerText } from "./answer-text";
import { successTone, TONE_BOX } from "./answer-tone";

/**
 * A form's answer said where the form was, once its success took the form away (核验, 重新打开,
 * 回复催办, 合并部门): it takes the focus, which would otherwise fall to the page's body. `keep`
 * leaves an empty live region in its place while there is no answer to say.
 */
export function AnswerInPlace({ state, keep = false, className }: { state: FormState; keep?: boolean; className: string }) {
  const answer = useRef<HTMLParagraphElement>(null);
  const said = state.status === "success";
  useEffect(() => {
    if (said) answer.current?.focus();
  }, [said, state]);
  if (!said && !keep) return null;
  const tone = said ? successTone(state) : undefined;
  return (
    <p
      ref={answer}
      tabIndex={-1}
      role="status"
      aria-live="polite"
      data-tone={tone}
      className={tone ? `rounded-md text-sm outline-none ${TONE_BOX[tone]} ${className}` : "sr-only"}
    >
      {said ? <AnswerText state={state} /> : ""}
    </p>
  );
}
