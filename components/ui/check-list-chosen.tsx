"use client";

import { useEffect, useRef } from "react";
import { fillMessage } from "@/lib/i18n/fill-message";
import { SentenceWithData } from "./sentence-with-data";
import type { CheckListItem, CheckListLabels } from "./check-list";

/**
 * What a `CheckList` has chosen, ticked boxes filtered out of view included: the count, and a
 * button for each that unticks it. The buttons work through the script (disabled until then).
 */
export function CheckListChosen({
  id,
  items,
  labels,
  disabled,
  onRemove,
}: {
  id: string;
  items: readonly CheckListItem[];
  labels: Pick<CheckListLabels, "chosen" | "noneChosen" | "remove">;
  disabled: boolean;
  onRemove: (id: number) => void;
}) {
  // A button removed with the focus on it hands the focus on: to the one that took its place
  // (or the last), else to the count, not to the page's start.
  // Kept in a ref: the removal re-renders the list, and the effect after that render hands it on.
  const box = useRef<HTMLDivElement>(null);
  const focusAt = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAt.current;
    if (at === null || !box.current) return;
    focusAt.current = null;
    const buttons = box.current.querySelectorAll<HTMLElement>("button");
    (buttons[Math.min(at, buttons.length - 1)] ?? box.current.querySelector<HTMLElement>(`#${CSS.escape(`${id}-count`)}`))?.focus();
  });
  return (
    <div ref={box} className="mt-2 flex flex-wrap items-center gap-1 text-sm" data-testid="check-list-chosen">
      <span id={`${id}-count`} tabIndex={-1} className="mr-1 text-slate-600 outline-none">
        {items.length ? fillMessage(labels.chosen, { count: items.length }) : labels.noneChosen}
      </span>
      {items.map((item, i) => (
        <button
          key={item.id}
          type="button"
          disabled={disabled}
          onClick={() => {
            focusAt.current = i;
            onRemove(item.id);
          }}
          className="inline-flex min-h-7 items-center gap-1 rounded-full border border-slate-300 bg-slate-50 px-2 text-slate-800 hover:bg-slate-100 disabled:opacity-60"
        >
          {/* Read as "取消选择 市财政局"; seen as the name and a cross. */}
          <span className="sr-only">
            <SentenceWithData template={labels.remove} data={{ name: item.label }} />
          </span>
          <span aria-hidden="true" lang={item.lang}>
            {item.label}
          </span>
          <span aria-hidden="true" className="text-slate-500">
            ×
          </span>
        </button>
      ))}
    </div>
  );
}
