"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { clearSavedReview, pruneSavedReviews, readSavedReview, reviewFingerprint, savedReviewKey, writeSavedReview, type SavedReview } from "./saved-review";
import type { ReviewRow } from "./review-types";

/** Typing in a field saves once it pauses, not at every keystroke (a draft may have 5,000 rows). */
const SAVE_AFTER_MS = 500;

/**
 * Keeps the review's edits in this browser (saved-review.ts) and gives them back when the page
 * opens again. `restore` receives them once, after hydration: the server renders the extractor's
 * candidates, and the browser's storage cannot be read before. While `sending`, nothing is saved;
 * a sending that ends without leaving the page (a refusal) saves again.
 */
export function useSavedReview({
  userId,
  draftId,
  initialRows,
  rows,
  nextKey,
  sending,
  restore,
}: {
  userId: number;
  draftId: number;
  /** The extractor's candidates as rows: what "no edits" is, and what tells this draft apart. */
  initialRows: ReviewRow[];
  rows: ReviewRow[];
  nextKey: number;
  sending: boolean;
  restore: (saved: SavedReview) => void;
}): { restoredAt: string | null; forget: () => void; otherTabAt: string | null; takeOtherTab: () => void; keepThisTab: () => void } {
  const base = useMemo(() => reviewFingerprint(initialRows), [initialRows]);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  // The rows given back are not a new edit: saving them would date them now.
  const restoredRows = useRef<ReviewRow[] | null>(null);
  // What waits to be saved, written at once if the page is left before the pause is over.
  const pending = useRef<SavedReview | null>(null);

  useEffect(() => {
    pruneSavedReviews(window.localStorage, userId, null, new Date());
    const saved = readSavedReview(window.localStorage, userId, draftId, base);
    if (!saved) return;
    restoredRows.current = saved.rows;
    restore(saved);
    // Once, after hydration (see above): reading the storage in the first render would not match
    // the server's HTML.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestoredAt(saved.savedAt);
    // `restore` is the component's own setter bundle: given back once per draft, not per render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [userId, draftId, base]);

  useEffect(() => {
    if (rows === initialRows || rows === restoredRows.current || sending) return;
    pending.current = { base, rows, nextKey, savedAt: new Date().toISOString() };
    const timer = window.setTimeout(() => {
      if (pending.current) writeSavedReview(window.localStorage, userId, draftId, pending.current);
      pending.current = null;
    }, SAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [rows, nextKey, initialRows, sending, userId, draftId, base]);

  useEffect(() => {
    const flush = () => {
      if (pending.current) writeSavedReview(window.localStorage, userId, draftId, pending.current);
      pending.current = null;
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [userId, draftId]);

  // The same draft open in two tabs: each saves over the other. Another tab's save (a `storage`
  // event reaches only the other tabs) is said here, with an offer to take its edits.
  const [otherTabAt, setOtherTabAt] = useState<string | null>(null);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== savedReviewKey(userId, draftId) || e.newValue === null) return;
      const saved = readSavedReview(window.localStorage, userId, draftId, base);
      if (saved) setOtherTabAt(saved.savedAt);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [userId, draftId, base]);
  const takeOtherTab = () => {
    setOtherTabAt(null);
    const saved = readSavedReview(window.localStorage, userId, draftId, base);
    if (!saved) return;
    pending.current = null;
    restoredRows.current = saved.rows;
    restore(saved);
    setRestoredAt(saved.savedAt);
  };
  // Keeping this tab's edits saves them over the other tab's now (that tab is told so in turn).
  const keepThisTab = () => {
    setOtherTabAt(null);
    pending.current = null;
    if (rows === initialRows) clearSavedReview(window.localStorage, userId, draftId);
    else writeSavedReview(window.localStorage, userId, draftId, { base, rows, nextKey, savedAt: new Date().toISOString() });
  };

  const forget = useCallback(() => {
    pending.current = null;
    clearSavedReview(window.localStorage, userId, draftId);
    setRestoredAt(null);
  }, [userId, draftId]);

  return { restoredAt, forget, otherTabAt, takeOtherTab, keepThisTab };
}
