"use client";

import { useEffect, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { serverRowErrors } from "./review-rows";
import type { ReviewRow } from "./review-types";

/**
 * After the server refuses an import naming rows: the rows named, in list order. The first is
 * opened (`open`) and its first wrong field focused — "please correct" above a list of 60 rows
 * left the admin hunting. `acceptedKeys`: the rows sent, whose positions the server's
 * "candidates.<n>.<field>" errors count.
 */
export function useOpenFirstRefused(answer: FormState, rows: ReviewRow[], acceptedKeys: string[], open: (key: string) => void): ReviewRow[] {
  const named = answer.status === "error" ? serverRowErrors(answer.fieldErrors, acceptedKeys) : {};
  const refused = rows.filter((r) => named[r.key]);
  const first = refused[0]?.key;
  // Opened while rendering the answer (React's way to adjust state to a new answer), so the
  // editor is on the page when the effect below focuses its field.
  const [openedFor, setOpenedFor] = useState<number | undefined>(undefined);
  if (first && answer.submittedAt !== openedFor) {
    setOpenedFor(answer.submittedAt);
    open(first);
  }
  useEffect(() => {
    if (!first) return;
    const field = document.querySelector<HTMLElement>(`#editor-${CSS.escape(first)} [aria-invalid="true"]`);
    field?.scrollIntoView({ block: "center" });
    field?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per answer, not per edit after it
  }, [answer.submittedAt]);
  return refused;
}
