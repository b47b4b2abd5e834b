"use client";

import { useEffect } from "react";
import { pruneSavedReviews } from "./saved-review";

/**
 * On the import page: the edits this browser keeps for drafts no longer waiting (accepted or
 * discarded, here or in another tab) are dropped. Renders nothing.
 */
export function PruneSavedReviews({ userId, waiting }: { userId: number; waiting: number[] }) {
  const key = waiting.join(",");
  useEffect(() => {
    pruneSavedReviews(window.localStorage, userId, key ? key.split(",").map(Number) : [], new Date());
  }, [userId, key]);
  return null;
}
