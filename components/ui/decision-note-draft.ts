/**
 * A reviewer's note being typed, kept in the tab's sessionStorage until the decision goes through
 * (DecisionButtons). Signing out drops every one: the next person to sign in in the same tab
 * would otherwise find the previous reviewer's note in the form.
 */
const PREFIX = "duban:decision-note:";

export function decisionNoteKey(formId: string): string {
  return `${PREFIX}${formId}`;
}

export function clearAllDecisionNotes(storage: Storage): void {
  try {
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(PREFIX) ?? false);
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage unavailable: there is nothing to clear.
  }
}
