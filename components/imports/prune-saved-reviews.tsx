"use client";

import { useEffect } from "react";
import { pruneSavedReviews } from "./saved-review";

/**
 * On the import page: the edits this browser keeps for drafts no longer waiting (accepted or
 * discarded, here or in another tab) are dropped. Renders nothing.
 */
export function PruneSavedReviews({ userId, waiting }: { userId: number; waiting: number[] }) {
  useEffect(() => {
    pruneSavedReviews(window.localStorage, userId, waiting, new Date());
  }, [userId, waiting]);
  return null;
}
