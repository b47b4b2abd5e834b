"use client";

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { Decision } from "@/components/ui/decision-buttons";
import { fillMessage } from "@/lib/i18n/fill-message";

/**
 * Says which decision went through: a decided item leaves the list at once, and its own message
 * (and focus) leaves with it. The item and the button pressed are noted when a form inside is
 * submitted; once that item is gone from `items`, the decision took, and a live region says so.
 * A refusal keeps the item, whose own message explains it. The focus, gone with the item, is
 * given to that message, so a keyboard user goes on from the list rather than from the page's top.
 */
export function DecisionAnnouncer({
  items,
  field,
  messages,
  children,
}: {
  /** The items listed now, with the words that name them. */
  items: { id: number; name: string }[];
  /** The hidden field of each item's form that carries its id (e.g. "updateId"). */
  field: string;
  /** Templates with {name}, by the decision's data-decision value. */
  messages: Record<Decision, string>;
  children: ReactNode;
}) {
  const [last, setLast] = useState<{ id: number; name: string; decision: Decision } | null>(null);
  const noteSubmit = (event: FormEvent<HTMLDivElement>) => {
    const form = event.target as HTMLFormElement;
    const id = Number(new FormData(form).get(field));
    const decision = ((event.nativeEvent as SubmitEvent).submitter as HTMLElement | null)?.dataset.decision;
    const item = items.find((i) => i.id === id);
    if (item && decision !== undefined && Object.hasOwn(messages, decision)) setLast({ id, name: item.name, decision: decision as Decision });
  };
  const done = last !== null && !items.some((i) => i.id === last.id);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done, last]);
  return (
    <div onSubmitCapture={noteSubmit}>
      <p ref={status} tabIndex={-1} role="status" aria-live="polite" className={done ? "mb-3 rounded-md bg-green-50 p-2 text-sm text-green-800 outline-none" : "sr-only"}>
        {done ? fillMessage(messages[last.decision], { name: last.name }) : ""}
      </p>
      {children}
    </div>
  );
}
