"use client";

import { useState } from "react";
import { fillMessage } from "@/lib/i18n/fill-message";
import { inputClass } from "./field";
import { CheckListChosen } from "./check-list-chosen";
import { FILTER_FROM, matchingChoices, toggled } from "./check-list-filter";
import { useErrorsUntilEdited } from "./use-errors-until-edited";
import { useHydrated } from "./use-hydrated";

export interface CheckListItem {
  id: number;
  label: string;
  /** Where the label is data alone (a department's name). */
  lang?: string;
}

export interface CheckListLabels {
  /** The filter box's name. */
  filter: string;
  /** What to type there (its placeholder). */
  filterHint: string;
  /** Said while filtering: "{shown}" of "{total}", unfilled. */
  shown: string;
  /** Said in the list when nothing matches. */
  noMatch: string;
  /** "{count}" chosen, unfilled. */
  chosen: string;
  /** Said when nothing is chosen. */
  noneChosen: string;
  /** A chosen one's button that unticks it: "{name}", unfilled (the name is marked as data). */
  remove: string;
}

/**
 * Several choices out of a long list (配合单位 among 25–60 departments): a group of checkboxes in
 * a box of bounded height, a filter above them once there are more than a few, and the chosen
 * ones below as a count and buttons that untick each. It replaces `<select multiple>`, where a
 * plain click dropped every other choice and a phone showed five at a time. The checkboxes are
 * the form's fields (`name`, one value each): one filtered out of view is hidden, still ticked,
 * still sent. Controlled by `value`/`onChange`, or keeping its own choice (none at first).
 */
export function CheckList({
  id,
  name,
  legend,
  items,
  value,
  onChange,
  errors,
  labels,
}: {
  id: string;
  /** The field the checkboxes send; none where the caller sends the choice itself (the import review). */
  name?: string;
  legend: string;
  items: readonly CheckListItem[];
  value?: readonly number[];
  onChange?: (chosen: number[]) => void;
  /** The last answer's errors about the choice, taken down once it is changed. */
  errors?: string[];
  labels: CheckListLabels;
}) {
  const [own, setOwn] = useState<readonly number[]>([]);
  const chosen = value ?? own;
  const { shown: shownErrors, edited } = useErrorsUntilEdited(errors);
  const choose = (next: number[]) => {
    if (value === undefined) setOwn(next);
    onChange?.(next);
    edited();
  };
  const [typed, setTyped] = useState("");
  const hydrated = useHydrated();
  const filtering = items.length >= FILTER_FROM;
  const matching = new Set(matchingChoices(items, filtering ? typed : "").map((item) => item.id));
  const invalid = Boolean(shownErrors?.length);
  const errorId = `${id}-error`;
  const shownId = `${id}-shown`;
  return (
    // Marked invalid as a whole (FormMessage then focuses its first control), its errors read with it.
    <fieldset id={id} className="min-w-0" aria-describedby={errorId} aria-invalid={invalid}>
      <legend className="block text-sm font-medium text-slate-700">{legend}</legend>
      {filtering && (
        <>
          <input
            type="search"
            // Filtering changes no choice: its typing is no edit that makes the form's answer stale (FormMessage).
            data-edits-nothing
            aria-label={labels.filter}
            placeholder={labels.filterHint}
            aria-controls={`${id}-list`}
            aria-describedby={`${shownId} ${errorId}`}
            value={typed}
            // It works through its script only.
            disabled={!hydrated}
            onChange={(event) => setTyped(event.target.value)}
            // Enter in a text box would send the form; here it only ends the typing.
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.nativeEvent.isComposing) event.preventDefault();
            }}
            className={`${inputClass} mt-1`}
          />
          <p id={shownId} aria-live="polite" className="sr-only">
            {typed.trim() && fillMessage(labels.shown, { shown: matching.size, total: items.length })}
          </p>
        </>
      )}
      {/* Each row's look is written once, here: the list is 25–60 rows long. */}
      <ul
        id={`${id}-list`}
        className="mt-1 max-h-52 overflow-y-auto rounded-md border border-slate-300 p-1 text-sm [&_input]:size-4 [&_input]:shrink-0 [&_input]:accent-brand-600 [&_label]:flex [&_label]:min-h-8 [&_label]:cursor-pointer [&_label]:items-center [&_label]:gap-2 [&_label]:rounded [&_label]:px-2 [&_label]:py-1 [&_label:hover]:bg-slate-50"
      >
        {items.map((item) => (
          // `hidden`, not left out: a ticked one filtered out of view is still sent.
          <li key={item.id} hidden={!matching.has(item.id)}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={item.id}
                checked={chosen.includes(item.id)}
                onChange={(event) => choose(toggled(chosen, item.id, event.target.checked))}
              />
              <span lang={item.lang}>{item.label}</span>
            </label>
          </li>
        ))}
        {matching.size === 0 && items.length > 0 && <li className="px-2 py-1 text-slate-500">{labels.noMatch}</li>}
      </ul>
      <CheckListChosen id={id} items={items.filter((item) => chosen.includes(item.id))} labels={labels} disabled={!hydrated} onRemove={(item) => choose(toggled(chosen, item, false))} />
      <p id={errorId} aria-live="polite" className="mt-1 min-h-4 text-xs text-red-700">
        {shownErrors?.join(" ")}
      </p>
    </fieldset>
  );
}
