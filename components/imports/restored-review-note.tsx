"use client";

import { AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { fillMessage } from "@/lib/i18n/fill-message";
import { localMinute } from "./local-minute";

/**
 * Says that edits kept in this browser were given back, and offers to drop them (asked first:
 * an hour's work is gone with one click otherwise). The live region is there from the first
 * render, so that the note put into it is announced.
 */
export function RestoredReviewNote({
  restoredAt,
  onStartAgain,
  labels,
}: {
  restoredAt: string | null;
  onStartAgain: () => void;
  labels: { restored: string; startAgain: string; question: string; confirm: string; cancel: string };
}) {
  const { asking, ask, stopAsking, triggerRef, cancelRef } = useAskFirst();
  return (
    <div role="status">
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
