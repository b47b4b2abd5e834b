import { describe, expect, it } from "vitest";
import { clearAllDecisionNotes, decisionNoteKey, keepDecisionNotesOf } from "./decision-note-draft";

function memoryStorage(entries: Record<string, string>): Storage {
  const items = new Map(Object.entries(entries));
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

describe("decision-note drafts", () => {
  it("signing out drops every reviewer's note kept in the tab, and nothing else", () => {
    const storage = memoryStorage({ [decisionNoteKey("review-12")]: "数据口径不一致", [decisionNoteKey("change-3")]: "请补充依据", "other:key": "kept" });
    clearAllDecisionNotes(storage);
    expect(storage.getItem(decisionNoteKey("review-12"))).toBeNull();
    expect(storage.getItem(decisionNoteKey("change-3"))).toBeNull();
    expect(storage.getItem("other:key")).toBe("kept");
  });

  it("someone else signing in in the tab drops the notes left there; the same reviewer signing in again keeps them", () => {
    const storage = memoryStorage({});
    keepDecisionNotesOf(storage, 7);
    storage.setItem(decisionNoteKey("review-12"), "请补充区县明细。");
    keepDecisionNotesOf(storage, 7);
    expect(storage.getItem(decisionNoteKey("review-12"))).toBe("请补充区县明细。");
    keepDecisionNotesOf(storage, 8);
    expect(storage.getItem(decisionNoteKey("review-12"))).toBeNull();
  });

  it("notes found in a tab with no owner recorded are nobody's to keep", () => {
    const storage = memoryStorage({ [decisionNoteKey("review-12")]: "旧的意见" });
    keepDecisionNotesOf(storage, 7);
    expect(storage.getItem(decisionNoteKey("review-12"))).toBeNull();
  });

  it("a storage that refuses to be read leaves nothing to clear", () => {
    const broken = { get length(): number { throw new DOMException("denied", "SecurityError"); } } as unknown as Storage;
    expect(() => clearAllDecisionNotes(broken)).not.toThrow();
  });
});
