"use client";

import { secondaryButtonClass } from "@/components/ui/field";
import { fillMessage } from "@/lib/i18n/fill-message";
import { localMinute } from "./local-minute";

/**
 * The same draft is being reviewed in another tab of this browser, which has just saved its
 * edits: each tab's next save replaces the other's. The admin takes that tab's edits here, or
 * keeps this tab's (saved over the other's at once).
 */
export function OtherTabNote({
  savedAt,
  onTake,
  onKeep,
  labels,
}: {
  savedAt: string | null;
  onTake: () => void;
  onKeep: () => void;
  labels: { otherTab: string; takeOtherTab: string; keepThisTab: string };
}) {
  return (
    <div role="status">
      {savedAt && (
        <div className="mb-3 flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="other-tab-note">
          <span>{fillMessage(labels.otherTab, { time: localMinute(savedAt) })}</span>
          <button type="button" className={secondaryButtonClass} onClick={onTake}>
            {labels.takeOtherTab}
          </button>
          <button type="button" className={secondaryButtonClass} onClick={onKeep}>
            {labels.keepThisTab}
          </button>
        </div>
      )}
    </div>
  );
}
