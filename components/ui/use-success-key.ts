"use client";

import { useState } from "react";
import type { FormState } from "@/lib/actions/form-state";

/**
 * A form's key that changes after each success, and only then: the form is remounted — emptied —
 * for the next entry, while a refusal, even one after a success, keeps the form mounted with what
 * was chosen (files a browser cannot put back). `"form"` keyed on success alone remounted the
 * form on the first refusal after a success.
 */
export function useSuccessKey(state: FormState): number | string {
  const [key, setKey] = useState<number | string>("form");
  // Derived during render (React's pattern for state from props): no effect, no extra paint.
  const success = state.status === "success" ? (state.submittedAt ?? "success") : null;
  if (success !== null && success !== key) setKey(success);
  return success ?? key;
}
