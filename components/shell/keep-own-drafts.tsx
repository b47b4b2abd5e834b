"use client";

import { useLayoutEffect } from "react";
import { keepDecisionNotesOf } from "@/components/ui/decision-note-draft";

/**
 * Drops the notes a previous user left in this tab (keepDecisionNotesOf). A layout effect: it runs
 * before the passive effects in which the forms read their notes back, whichever part of the page
 * hydrates first.
 */
export function KeepOwnDrafts({ userId }: { userId: number }) {
  useLayoutEffect(() => keepDecisionNotesOf(window.sessionStorage, userId), [userId]);
  return null;
}
