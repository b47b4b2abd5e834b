"use client";

import { useEffect, useRef } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useTickedRows } from "./use-ticked-rows";

/**
 * One checkbox for every row on the page of a bulk form (its rows' checkboxes belong to the form
 * `formId`): ticked when all are, mixed when some are (read out as such), and ticking or
 * unticking them all. It has no name, so it sends nothing itself. It works through its script:
 * disabled until hydrated. In the form rather than the table's header, which a phone hides.
 */
export function SelectPageRows({ formId, label }: { formId: string; label: string }) {
  const { ticked, rows, tickAll } = useTickedRows(formId);
  const hydrated = useHydrated();
  const box = useRef<HTMLInputElement>(null);
  const all = rows > 0 && ticked.length === rows;
  const some = ticked.length > 0 && !all;
  useEffect(() => {
    if (box.current) box.current.indeterminate = some;
  }, [some]);
  return (
    <label className="inline-flex items-center gap-2">
      <input ref={box} type="checkbox" checked={all} disabled={!hydrated || rows === 0} onChange={(event) => tickAll(event.target.checked)} />
      {label}
    </label>
  );
}
