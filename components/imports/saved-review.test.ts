import { describe, expect, it } from "vitest";
import { clearAllSavedReviews, clearSavedReview, pruneSavedReviews, readSavedReview, reviewFingerprint, writeSavedReview } from "./saved-review";
import type { ReviewRow } from "./review-types";

/** localStorage's interface over a Map; `full` makes every write fail as a full storage does. */
function memoryStorage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException("quota", "QuotaExceededError");
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

const row: ReviewRow = {
  key: "c1", section: "三(一)", theme: null, kind: "numeric", start: 10, end: 24, indicator: "新增高标准农田", value: "11", min: "", max: "",
  unit: "万亩", comparator: ">=", deadline: "2023-12-31", deadlineStated: false, deadlineSetByAdmin: false, leadDepartmentId: 3, supportingDepartmentIds: [], responsibleUserId: null, rejected: true,
  reportDeadline: null,
};
const base = reviewFingerprint([{ key: "c1" }]);
const saved = { base, rows: [row], nextKey: 2, savedAt: "2026-12-05T10:00:00.000Z" };
const [alice, bob] = [1, 2];

describe("an import review kept in the browser", () => {
  it("gives back what this user saved for the same draft, and nothing to another user", () => {
    const storage = memoryStorage();
    writeSavedReview(storage, alice, 7, saved);
    expect(readSavedReview(storage, alice, 7, base)).toEqual(saved);
    expect(readSavedReview(storage, alice, 8, base)).toBeNull();
    expect(readSavedReview(storage, bob, 7, base)).toBeNull();
  });

  it("reads a row saved before rows said whose their deadline is as it was then shown (stated: the report's day)", () => {
    const storage = memoryStorage();
    const { deadlineSetByAdmin: _admin, reportDeadline: _day, ...older } = row;
    storage.setItem("duban:import-review:1:7", JSON.stringify({ format: 1, ...saved, rows: [older, { ...older, key: "c2", deadline: "2023-06-30", deadlineStated: true }] }));
    expect(readSavedReview(storage, alice, 7, base)?.rows.map((r) => [r.key, r.deadlineSetByAdmin, r.reportDeadline])).toEqual([
      ["c1", false, null],
      ["c2", false, "2023-06-30"],
    ]);
  });

  it("ignores a save of another draft under the same id (another database), or one unreadable", () => {
    const storage = memoryStorage();
    writeSavedReview(storage, alice, 7, saved);
    expect(readSavedReview(storage, alice, 7, reviewFingerprint([{ key: "c2" }]))).toBeNull();
    storage.setItem("duban:import-review:1:7", "{not json");
    expect(readSavedReview(storage, alice, 7, base)).toBeNull();
    storage.setItem("duban:import-review:1:7", JSON.stringify({ format: 1, ...saved, rows: [{ ...row, value: 11 }] }));
    expect(readSavedReview(storage, alice, 7, base)).toBeNull();
  });

  it("drops this user's saves of drafts no longer waiting, anyone's left for a month, and unreadable ones", () => {
    const storage = memoryStorage();
    writeSavedReview(storage, alice, 5, saved);
    writeSavedReview(storage, alice, 6, saved);
    writeSavedReview(storage, bob, 5, saved);
    writeSavedReview(storage, bob, 9, { ...saved, savedAt: "2026-10-01T00:00:00.000Z" });
    storage.setItem("duban:import-review:2:10", "{not json");
    storage.setItem("unrelated", "kept");
    pruneSavedReviews(storage, alice, [6], new Date("2026-12-05T12:00:00Z"));
    expect(readSavedReview(storage, alice, 5, base)).toBeNull();
    expect(readSavedReview(storage, alice, 6, base)).not.toBeNull();
    expect(readSavedReview(storage, bob, 5, base)).not.toBeNull();
    expect(readSavedReview(storage, bob, 9, base)).toBeNull();
    expect(storage.getItem("duban:import-review:2:10")).toBeNull();
    expect(storage.getItem("unrelated")).toBe("kept");
  });

  it("is cleared one by one", () => {
    const storage = memoryStorage();
    writeSavedReview(storage, alice, 7, saved);
    writeSavedReview(storage, bob, 7, saved);
    clearSavedReview(storage, alice, 7);
    expect(readSavedReview(storage, alice, 7, base)).toBeNull();
    expect(readSavedReview(storage, bob, 7, base)).not.toBeNull();
  });

  it("keeps nothing, without failing, when the storage is full or forbidden", () => {
    const storage = memoryStorage(true);
    expect(() => writeSavedReview(storage, alice, 7, saved)).not.toThrow();
    expect(readSavedReview(storage, alice, 7, base)).toBeNull();
  });

  // Last: signing out stops saving for the rest of the page's life (module state).
  it("is all cleared on signing out, and a save still waiting does not come back", () => {
    const storage = memoryStorage();
    writeSavedReview(storage, alice, 7, saved);
    writeSavedReview(storage, bob, 8, saved);
    clearAllSavedReviews(storage);
    expect(storage.length).toBe(0);
    writeSavedReview(storage, alice, 7, saved);
    expect(storage.length).toBe(0);
  });
});
