"use client";

import { useCallback, useSyncExternalStore } from "react";

/** Said on the form when a script ticks rows (a change event is the browser's, for a click). */
const TICKED = "rows-ticked";

/** The row checkboxes (`name`, by default commitmentIds) that belong to the form `formId`, wherever they are in the page. */
function rowBoxes(formId: string, name: string): HTMLInputElement[] {
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement)) return [];
  return [...form.elements].filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type === "checkbox" && e.name === name);
}

/**
 * The rows ticked for a bulk form, read from the checkboxes themselves (they belong to the form
 * by its id, in the table below it, and stay plain inputs a form reset clears): the ids ticked
 * and how many rows there are. Empty in the server's HTML. `tickAll` ticks or unticks every row.
 */
export function useTickedRows(formId: string, name = "commitmentIds") {
  const subscribe = useCallback(
    (changed: () => void) => {
      const onChange = (event: Event) => {
        const target = event.target;
        if (target instanceof HTMLInputElement && target.name === name && target.form?.id === formId) changed();
      };
      // A reset is announced before it clears the boxes: read them once it has.
      const onReset = (event: Event) => {
        if (event.target instanceof HTMLFormElement && event.target.id === formId) setTimeout(changed, 0);
      };
      document.addEventListener("change", onChange);
      document.addEventListener("reset", onReset);
      document.addEventListener(TICKED, changed);
      return () => {
        document.removeEventListener("change", onChange);
        document.removeEventListener("reset", onReset);
        document.removeEventListener(TICKED, changed);
      };
    },
    [formId, name],
  );
  // A string, so that an unchanged selection is the same snapshot: "3,5/20" (ids ticked / rows).
  const snapshot = useSyncExternalStore(
    subscribe,
    () => {
      const boxes = rowBoxes(formId, name);
      return `${boxes.filter((b) => b.checked).map((b) => b.value).join(",")}/${boxes.length}`;
    },
    () => "/0",
  );
  const [ids, total] = snapshot.split("/");
  const ticked = ids ? ids.split(",").map(Number) : [];
  const tickAll = (tick: boolean) => {
    for (const box of rowBoxes(formId, name)) box.checked = tick;
    document.dispatchEvent(new Event(TICKED));
  };
  return { ticked, rows: Number(total), tickAll };
}
