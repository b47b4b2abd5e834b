"use client";

import { useEffect, useRef, useState } from "react";
import { AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { fillMessage } from "@/lib/i18n/fill-message";
import { localMinute } from "./local-minute";

/**
 * Says that edits kept in this browser were given back, and offers to drop them (asked first:
 * an hour's work is gone with one click otherwise). The live region is there from the first
 * render, so that the note put into it is announced. Once they are dropped, the note and its
 * button are gone: the focus goes to a line saying what happened rather than to the page's body.
 */
export function RestoredReviewNote({
  restoredAt,
  onStartAgain,
  labels,
}: {
  restoredAt: string | null;
  onStartAgain: () => void;
  labels: { restored: string; startAgain: string; question: string; confirm: string; cancel: string; startedAgain: string };
}) {
  const { asking, ask, stopAsking, triggerRef, cancelRef } = useAskFirst();
  // When the edits were last dropped: each time (edits may be given back again by another tab and
  // dropped again), the focus goes to the line that says so.
  const [startedAgainAt, setStartedAgainAt] = useState<number | null>(null);
  const startedAgainRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (startedAgainAt !== null) startedAgainRef.current?.focus();
  }, [startedAgainAt]);
  return (
    <div role="status">
      {startedAgainAt !== null && !restoredAt && (
        <p ref={startedAgainRef} tabIndex={-1} className="mb-3 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 focus:outline-none" data-testid="started-again-note">
          {labels.startedAgain}
        </p>
      )}
      {restoredAt && (
        <div className="mb-3 flex flex-wrap items-center gap-2 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900" data-testid="restored-note">
          {fillMessage(labels.restored, { time: localMinute(restoredAt) })}
          {asking ? (
            <AskFirstQuestion
              question={labels.question}
              confirm={labels.confirm}
              cancel={labels.cancel}
              onCancel={stopAsking}
              cancelRef={cancelRef}
              onConfirm={() => {
                stopAsking();
                onStartAgain();
                setStartedAgainAt(Date.now());
              }}
            />
          ) : (
            <button ref={triggerRef} type="button" className="underline underline-offset-2" onClick={ask}>
              {labels.startAgain}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
