"use client";

import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useRef, useState, type FormEvent, type ReactNode } from "react";
import { TONE_BOX } from "@/components/ui/answer-tone";
import { DECISION_SETTLED_EVENT, type Decision, type DecisionSettledDetail } from "@/components/ui/decision-buttons";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import type { Sentence } from "@/lib/i18n/sentence";
import { saidSentence, type Said } from "./decision-said";

/**
 * Says which decision went through: a decided item leaves the list at once, and its own message
 * (and focus) leaves with it. The item and the button pressed are noted when a form inside is
 * submitted; once that item is gone from `items`, the decision took, and a live region says so.
 * A refusal keeps the item, whose own message explains it. The focus, gone with the item, is
 * given to that message, so a keyboard user goes on from the list rather than from the page's top.
 *
 * An item found decided elsewhere (another reviewer, another tab) or gone makes everything around
 * it stale too — the counts, the badge, the other items: the page is read again, and the item's
 * answer, which would leave with it, is said here in its place.
 */
export function DecisionAnnouncer({
  items,
  field,
  messages,
  children,
}: {
  /** The items listed now, with the words that name them (their data left as data). */
  items: { id: number; name: Sentence }[];
  /** The hidden field of each item's form that carries its id (e.g. "updateId"). */
  field: string;
  /** Templates with {name}, by the decision's data-decision value; `settled` also has {reason}. */
  messages: Record<Decision | "settled", string>;
  children: ReactNode;
}) {
  const router = useRouter();
  const [last, setLast] = useState<Said | null>(null);
  const itemOf = (form: HTMLFormElement) => {
    const id = Number(new FormData(form).get(field));
    return items.find((i) => i.id === id);
  };
  const noteSubmit = (event: FormEvent<HTMLDivElement>) => {
    const item = itemOf(event.target as HTMLFormElement);
    const decision = ((event.nativeEvent as SubmitEvent).submitter as HTMLElement | null)?.dataset.decision;
    if (item && decision !== undefined && Object.hasOwn(messages, decision)) setLast({ ...item, decision: decision as Decision });
  };
  const region = useRef<HTMLDivElement>(null);
  const noteSettled = useEffectEvent((event: Event) => {
    const item = itemOf(event.target as HTMLFormElement);
    if (!item) return;
    setLast({ ...item, refusal: (event as CustomEvent<DecisionSettledDetail>).detail.message });
    router.refresh();
  });
  useEffect(() => {
    const element = region.current;
    element?.addEventListener(DECISION_SETTLED_EVENT, noteSettled);
    return () => element?.removeEventListener(DECISION_SETTLED_EVENT, noteSettled);
  }, []);
  const done = last !== null && !items.some((i) => i.id === last.id);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (done) status.current?.focus();
  }, [done, last]);
  const said = done ? saidSentence(last, messages) : null;
  // A refusal said in the item's place is a warning: the decision did not take.
  const tone = TONE_BOX[done && "refusal" in last ? "warning" : "success"];
  return (
    <div ref={region} onSubmitCapture={noteSubmit}>
      <p ref={status} tabIndex={-1} role="status" aria-live="polite" className={done ? `mb-3 rounded-md p-2 text-sm outline-none ${tone}` : "sr-only"}>
        {said && <SentenceWithData {...said} />}
      </p>
      {children}
    </div>
  );
}
