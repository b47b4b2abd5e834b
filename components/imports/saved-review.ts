import type { ReviewRow } from "./review-types";

// An import's review lives in the page until it is accepted: a reload, a crash or a sign-in that
// expired would lose an hour's edits of 165 candidates. The edits are kept in this browser's
// localStorage as they are made, for this draft only, and given back when the page opens again.
// They are the admin's own work on their own machine; nothing is sent anywhere until accepted.

/** Raised when ReviewRow changes shape, so that an older saved review is ignored, not misread. */
const FORMAT = 1;
const PREFIX = "duban:import-review:";
/** Saved reviews of drafts accepted or discarded elsewhere are dropped after this long. */
const KEEP_DAYS = 30;

export interface SavedReview {
  /** Fingerprint of the draft's candidates: a draft of the same id in another database is another draft. */
  base: string;
  rows: ReviewRow[];
  nextKey: number;
  savedAt: string;
}

/** FNV-1a over the candidates as sent: enough to tell two drafts apart, not a security measure. */
export function reviewFingerprint(candidates: unknown): string {
  const json = JSON.stringify(candidates);
  let hash = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    hash ^= json.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${json.length}:${(hash >>> 0).toString(16)}`;
}

function isReviewRow(value: unknown): value is ReviewRow {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.key === "string" &&
    typeof r.section === "string" &&
    typeof r.indicator === "string" &&
    (r.kind === "numeric" || r.kind === "milestone") &&
    Number.isInteger(r.start) &&
    Number.isInteger(r.end) &&
    ["value", "min", "max"].every((f) => typeof r[f] === "string") &&
    typeof r.deadline === "string" &&
    typeof r.rejected === "boolean" &&
    Array.isArray(r.supportingDepartmentIds)
  );
}

/** The saved review of this draft, or null when there is none, it is of another draft or unreadable. */
export function readSavedReview(storage: Storage, draftId: number, base: string): SavedReview | null {
  try {
    const raw = storage.getItem(PREFIX + draftId);
    if (!raw) return null;
    const saved = JSON.parse(raw) as Partial<SavedReview> & { format?: number };
    if (saved.format !== FORMAT || saved.base !== base || !Array.isArray(saved.rows) || !saved.rows.every(isReviewRow)) return null;
    if (typeof saved.nextKey !== "number" || typeof saved.savedAt !== "string") return null;
    return { base, rows: saved.rows, nextKey: saved.nextKey, savedAt: saved.savedAt };
  } catch {
    return null;
  }
}

/** Saves the review; a full or forbidden storage (private windows) only means nothing is kept. */
export function writeSavedReview(storage: Storage, draftId: number, review: SavedReview): void {
  try {
    dropOldReviews(storage, new Date(review.savedAt));
    storage.setItem(PREFIX + draftId, JSON.stringify({ format: FORMAT, ...review }));
  } catch {
    // Nothing kept; the page still warns before it is left.
  }
}

export function clearSavedReview(storage: Storage, draftId: number): void {
  try {
    storage.removeItem(PREFIX + draftId);
  } catch {
    // Storage unavailable: there is nothing to clear.
  }
}

/** Reviews saved more than KEEP_DAYS ago: their drafts were accepted or discarded in another tab. */
function dropOldReviews(storage: Storage, now: Date): void {
  const cutoff = now.getTime() - KEEP_DAYS * 86_400_000;
  for (let i = storage.length - 1; i >= 0; i--) {
    const key = storage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    try {
      const savedAt = Date.parse((JSON.parse(storage.getItem(key) ?? "{}") as { savedAt?: string }).savedAt ?? "");
      if (!(savedAt >= cutoff)) storage.removeItem(key);
    } catch {
      storage.removeItem(key);
    }
  }
}
