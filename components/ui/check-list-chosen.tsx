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
  // (or the last), else to the count, not to the page's start. Kept in a ref (no second render),
  // and handed on after the render that changed the choice, then dropped: only if that render
  // took the clicked button away with the focus, so a click that removed nothing leaves no hand-off
  // waiting to pull the focus from wherever a later change finds it.
  const box = useRef<HTMLDivElement>(null);
  const pending = useRef<{ at: number; button: HTMLButtonElement } | null>(null);
  const chosenIds = items.map((item) => item.id).join(",");
  useEffect(() => {
    const handOff = pending.current;
    pending.current = null;
    if (!handOff || handOff.button.isConnected || !box.current) return;
    const focused = document.activeElement;
    if (focused && focused !== document.body) return;
    const buttons = box.current.querySelectorAll<HTMLElement>("button");
    (buttons[Math.min(handOff.at, buttons.length - 1)] ?? box.current.querySelector<HTMLElement>(`#${CSS.escape(`${id}-count`)}`))?.focus();
  }, [chosenIds, id]);
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
          onClick={(event) => {
            pending.current = { at: i, button: event.currentTarget };
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
