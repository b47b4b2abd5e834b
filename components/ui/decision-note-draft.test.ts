import { describe, expect, it } from "vitest";
import { clearAllDecisionNotes, decisionNoteKey } from "./decision-note-draft";

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

  it("a storage that refuses to be read leaves nothing to clear", () => {
    const broken = { get length(): number { throw new DOMException("denied", "SecurityError"); } } as unknown as Storage;
    expect(() => clearAllDecisionNotes(broken)).not.toThrow();
  });
});
