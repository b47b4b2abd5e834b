import { removeKeysWithPrefix } from "./storage-keys";

/**
 * A reviewer's note being typed, kept in the tab's sessionStorage until the decision goes through
 * (DecisionButtons). They are the signed-in user's alone: signing out drops every one, and so does
 * someone else signing in in the tab (a session that ended, or was signed out in another tab,
 * leaves them behind) — the next person would otherwise find the previous reviewer's note in the form.
 */
const PREFIX = "duban:decision-note:";
/** Whose notes the tab holds (a user id). */
const OWNER = "duban:decision-notes-of";

export function decisionNoteKey(formId: string): string {
  return `${PREFIX}${formId}`;
}

/**
 * Keeps the tab's notes only if they are `userId`'s: run as the signed-in shell is drawn, before
 * any form reads its note. The same user signing in again (a session that ended) keeps them.
 */
export function keepDecisionNotesOf(storage: Storage, userId: number): void {
  try {
    if (storage.getItem(OWNER) === String(userId)) return;
    clearAllDecisionNotes(storage);
    storage.setItem(OWNER, String(userId));
  } catch {
    // Storage unavailable: no note is kept either.
  }
}

export function clearAllDecisionNotes(storage: Storage): void {
  removeKeysWithPrefix(storage, PREFIX);
}
