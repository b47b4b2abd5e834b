"use client";

import { useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";

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
  const [asking, setAsking] = useState(false);
  return (
    <div role="status">
      {restoredAt && (
        <p className="mb-3 flex flex-wrap items-center gap-2 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900" data-testid="restored-note">
          {labels.restored.replace("{time}", localMinute(restoredAt))}
          {asking ? (
            <span role="group" aria-label={labels.question} className="flex flex-wrap items-center gap-2">
              <span>{labels.question}</span>
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => {
                  setAsking(false);
                  onStartAgain();
                }}
              >
                {labels.confirm}
              </button>
              <button type="button" className={secondaryButtonClass} onClick={() => setAsking(false)}>
                {labels.cancel}
              </button>
            </span>
          ) : (
            <button type="button" className="underline underline-offset-2" onClick={() => setAsking(true)}>
              {labels.startAgain}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

/** "2023-03-05 14:07" in the browser's time zone: when this browser saved the edits. */
function localMinute(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
