"use client";

import { useEffect, useRef, useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { fillMessage } from "@/lib/i18n/fill-message";
import { localMinute } from "./local-minute";

/**
 * The same draft is being reviewed in another tab of this browser, which has just saved its
 * edits: each tab's next save replaces the other's. The admin takes that tab's edits here, or
 * keeps this tab's (saved over the other's at once). The answer is said where the question was,
 * and takes the focus (the button pressed is gone).
 */
export function OtherTabNote({
  savedAt,
  onTake,
  onKeep,
  labels,
}: {
  savedAt: string | null;
  onTake: () => void;
  /** "dropped" when this page had no edits: keeping it dropped the saved ones. */
  onKeep: () => "saved" | "dropped";
  labels: { otherTab: string; takeOtherTab: string; keepThisTab: string; tookOtherTab: string; keptThisTab: string; droppedOtherTab: string };
}) {
  const [answer, setAnswer] = useState<{ text: string } | null>(null);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (answer) said.current?.focus();
  }, [answer]);
  return (
    <>
      <div role="status">
        {savedAt && (
          <div className="mb-3 flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="other-tab-note">
            <span>{fillMessage(labels.otherTab, { time: localMinute(savedAt) })}</span>
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => {
                onTake();
                setAnswer({ text: labels.tookOtherTab });
              }}
            >
              {labels.takeOtherTab}
            </button>
            <button type="button" className={secondaryButtonClass} onClick={() => setAnswer({ text: onKeep() === "saved" ? labels.keptThisTab : labels.droppedOtherTab })}>
              {labels.keepThisTab}
            </button>
          </div>
        )}
      </div>
      {/* Outside the live region: read once, as the focus lands on it. */}
      {!savedAt && answer && (
        <p ref={said} tabIndex={-1} className="mb-3 text-sm text-slate-700 outline-none">
          {answer.text}
        </p>
      )}
    </>
  );
}
