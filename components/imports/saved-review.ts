import type { ReviewRow } from "./review-types";
import { removeKeysWithPrefix } from "@/components/ui/storage-keys";

// An import's review lives in the page until it is accepted: a reload, a crash or a sign-in that
// expired would lose an hour's edits of 165 candidates. The edits are kept in this browser's
// localStorage as they are made, per user and draft, and given back when the page opens again.
// Nothing is sent anywhere until accepted; signing out (sign-out-button.tsx) removes them all, the
// import page drops those of drafts no longer waiting, and any left a month are dropped.

/** Raised when ReviewRow changes shape, so that an older saved review is ignored, not misread. */
const FORMAT = 1;
const PREFIX = "duban:import-review:";
const KEEP_DAYS = 30;

export interface SavedReview {
  /** Fingerprint of the draft's candidates: a draft of the same id in another database is another draft. */
  base: string;
  rows: ReviewRow[];
  nextKey: number;
  savedAt: string;
}

/** Where this user's review of this draft is kept (a `storage` event names it when another tab saves). */
export const savedReviewKey = (userId: number, draftId: number) => `${PREFIX}${userId}:${draftId}`;
const keyOf = savedReviewKey;

/** Set on signing out: a save still waiting (written as the page unloads) must not come back. */
let signedOut = false;

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

/**
 * A row saved before rows said whose their deadline is: its day is taken as it was then shown
 * (the report's when stated). Read, not dropped (FORMAT kept): an hour's edits outweigh that.
 */
function savedBeforeDeadlineSource(row: ReviewRow): ReviewRow {
  const r: Partial<ReviewRow> = row;
  if (r.reportDeadline !== undefined && r.deadlineSetByAdmin !== undefined) return row;
  return { ...row, deadlineSetByAdmin: r.deadlineSetByAdmin ?? false, reportDeadline: r.reportDeadline ?? (row.deadlineStated ? row.deadline : null) };
}

/** This user's saved review of this draft, or null when there is none, it is of another draft or unreadable. */
export function readSavedReview(storage: Storage, userId: number, draftId: number, base: string): SavedReview | null {
  try {
    return parseSavedReview(storage.getItem(keyOf(userId, draftId)), base);
  } catch {
    return null;
  }
}

/** A saved review as stored (a `storage` event's newValue too), or null when it is of another draft or unreadable. */
export function parseSavedReview(raw: string | null, base: string): SavedReview | null {
  if (!raw) return null;
  try {
    const saved = JSON.parse(raw) as Partial<SavedReview> & { format?: number };
    if (saved.format !== FORMAT || saved.base !== base || !Array.isArray(saved.rows) || !saved.rows.every(isReviewRow)) return null;
    if (typeof saved.nextKey !== "number" || typeof saved.savedAt !== "string") return null;
    return { base, rows: saved.rows.map(savedBeforeDeadlineSource), nextKey: saved.nextKey, savedAt: saved.savedAt };
  } catch {
    return null;
  }
}

/** Saves the review; a full or forbidden storage (private windows) only means nothing is kept. */
export function writeSavedReview(storage: Storage, userId: number, draftId: number, review: SavedReview): void {
  if (signedOut) return;
  try {
    storage.setItem(keyOf(userId, draftId), JSON.stringify({ format: FORMAT, ...review }));
  } catch {
    // Nothing kept; the page still warns before it is left.
  }
}

export function clearSavedReview(storage: Storage, userId: number, draftId: number): void {
  dropSavedWhere(storage, (key) => key === keyOf(userId, draftId));
}

/** On signing out: nothing of one user's reviews stays for the next user of the browser. */
export function clearAllSavedReviews(storage: Storage): void {
  signedOut = true;
  dropSavedWhere(storage, () => true);
}

/**
 * Drops this user's reviews of drafts no longer waiting (`waiting`: the ids that are; accepted or
 * discarded, perhaps in another tab), and anyone's saved more than KEEP_DAYS before `now`.
 */
export function pruneSavedReviews(storage: Storage, userId: number, waiting: readonly number[] | null, now: Date): void {
  const cutoff = now.getTime() - KEEP_DAYS * 86_400_000;
  const mine = `${PREFIX}${userId}:`;
  dropSavedWhere(storage, (key, raw) => {
    if (waiting && key.startsWith(mine) && !waiting.includes(Number(key.slice(mine.length)))) return true;
    const savedAt = Date.parse((JSON.parse(raw) as { savedAt?: string }).savedAt ?? "");
    return !(savedAt >= cutoff);
  });
}

/** Removes the saved reviews `drop` picks (an unreadable one always). */
function dropSavedWhere(storage: Storage, drop: (key: string, raw: string) => boolean): void {
  removeKeysWithPrefix(storage, PREFIX, drop);
}
