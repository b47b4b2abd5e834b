"use client";

import { secondaryButtonClass } from "@/components/ui/field";
import { AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { useHydrated } from "@/components/ui/use-hydrated";

/** Discarding deletes the draft and every edit made to it, so it asks first. */
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
  const { asking, ask, stopAsking, triggerRef, cancelRef } = useAskFirst();
  // It works through its script: disabled until hydrated, not a click lost on a slow page.
  const hydrated = useHydrated();
  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className={secondaryButtonClass} disabled={!hydrated} onClick={ask}>
        {labels.discard}
      </button>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="draftId" value={draftId} />
      <AskFirstQuestion question={labels.question} confirm={labels.confirm} cancel={labels.cancel} onCancel={stopAsking} cancelRef={cancelRef} pending={pending} />
    </form>
  );
}
