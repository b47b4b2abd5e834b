"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { clearSavedReview, parseSavedReview, pruneSavedReviews, readSavedReview, savedReviewKey, writeSavedReview, type SavedReview } from "./saved-review";
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
  base,
  initialRows,
  rows,
  nextKey,
  sending,
  restore,
}: {
  userId: number;
  draftId: number;
  /**
   * What tells this draft apart (reviewFingerprint of its candidates as stored): saved edits made
   * under another are not given back. Not the rows as shown, which change with the code.
   */
  base: string;
  /** The extractor's candidates as rows: what "no edits" is. */
  initialRows: ReviewRow[];
  rows: ReviewRow[];
  nextKey: number;
  sending: boolean;
  restore: (saved: SavedReview) => void;
}): { restoredAt: string | null; forget: () => void; otherTabAt: string | null; takeOtherTab: () => void; keepThisTab: () => "saved" | "dropped" } {
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

  // When this tab last saved: a `storage` event carrying that time is this tab's own save, given
  // back by another tab that took it (below), not news.
  const lastSaved = useRef<string | null>(null);
  const save = useCallback(
    (review: SavedReview) => {
      lastSaved.current = review.savedAt;
      writeSavedReview(window.localStorage, userId, draftId, review);
    },
    [userId, draftId],
  );

  useEffect(() => {
    if (rows === initialRows || rows === restoredRows.current || sending) return;
    pending.current = { base, rows, nextKey, savedAt: new Date().toISOString() };
    const timer = window.setTimeout(() => {
      if (pending.current) save(pending.current);
      pending.current = null;
    }, SAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [rows, nextKey, initialRows, sending, base, save]);

  useEffect(() => {
    const flush = () => {
      if (pending.current) save(pending.current);
      pending.current = null;
    };
    window.addEventListener("pagehide", flush);
    return () => window.removeEventListener("pagehide", flush);
  }, [save]);

  // The same draft open in two tabs: each saves over the other. Another tab's save (a `storage`
  // event reaches only the other tabs) is said here, and kept as it was then: this tab may save
  // over it before the admin answers.
  const [otherTab, setOtherTab] = useState<SavedReview | null>(null);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== savedReviewKey(userId, draftId)) return;
      // Dropped there (accepted, discarded, started again): nothing is left to take.
      if (e.newValue === null) return setOtherTab(null);
      const saved = parseSavedReview(e.newValue, base);
      if (saved && saved.savedAt !== lastSaved.current) setOtherTab(saved);
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [userId, draftId, base]);
  // Taken, the other tab's edits are this page's, and saved again if this page had saved over them.
  const takeOtherTab = () => {
    setOtherTab(null);
    if (!otherTab) return;
    pending.current = null;
    restoredRows.current = otherTab.rows;
    restore(otherTab);
    setRestoredAt(otherTab.savedAt);
    if (readSavedReview(window.localStorage, userId, draftId, base)?.savedAt !== otherTab.savedAt) save(otherTab);
  };
  // Kept, this page's edits are saved over the other tab's now (and that tab hears of it). With no
  // edits here, the saved ones are dropped: the other tab's next edit saves its own again.
  const keepThisTab = (): "saved" | "dropped" => {
    setOtherTab(null);
    pending.current = null;
    if (rows === initialRows) {
      clearSavedReview(window.localStorage, userId, draftId);
      return "dropped";
    }
    save({ base, rows, nextKey, savedAt: new Date().toISOString() });
    return "saved";
  };

  const forget = useCallback(() => {
    pending.current = null;
    clearSavedReview(window.localStorage, userId, draftId);
    setRestoredAt(null);
  }, [userId, draftId]);

  return { restoredAt, forget, otherTabAt: otherTab?.savedAt ?? null, takeOtherTab, keepThisTab };
}
