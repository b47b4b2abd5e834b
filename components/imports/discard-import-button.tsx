"use client";

import { useEffect, useRef, useState } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

const confirmClass = "rounded-md border border-red-300 bg-white px-3 py-1 text-sm text-red-700 hover:bg-red-100 disabled:opacity-60";

/**
 * Discarding deletes the draft and every edit made to it, so it asks first, in the page (a
 * window.confirm cannot be styled, translated by us, or driven by the end-to-end tests). Focus
 * moves to the answer that keeps the draft, and comes back to the button when the admin cancels.
 */
export function DiscardImportButton({
  draftId,
  action,
  pending,
  labels,
}: {
  draftId: number;
  action: (formData: FormData) => void;
  pending: boolean;
  labels: { discard: string; question: string; confirm: string; cancel: string };
}) {
  const [asking, setAsking] = useState(false);
  const opened = useRef(false);
  const discardButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) cancelButton.current?.focus();
    else if (opened.current) discardButton.current?.focus();
    opened.current ||= asking;
  }, [asking]);

  if (!asking) {
    return (
      <button ref={discardButton} type="button" className={secondaryButtonClass} onClick={() => setAsking(true)}>
        {labels.discard}
      </button>
    );
  }
  return (
    <form
      action={action}
      role="group"
      aria-labelledby={`discard-${draftId}-question`}
      className="flex flex-wrap items-center gap-2 rounded-md border border-red-200 bg-red-50 px-2 py-1 text-sm"
      onKeyDown={(e) => {
        if (e.key === "Escape" && !pending) setAsking(false);
      }}
    >
      <input type="hidden" name="draftId" value={draftId} />
      <span id={`discard-${draftId}-question`} className="text-red-800">
        {labels.question}
      </span>
      <SubmitButton pending={pending} className={confirmClass}>{labels.confirm}</SubmitButton>
      <button ref={cancelButton} type="button" className={secondaryButtonClass} disabled={pending} onClick={() => setAsking(false)}>
        {labels.cancel}
      </button>
    </form>
  );
}
