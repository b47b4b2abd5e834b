import { describe, expect, it } from "vitest";
import { clearSavedReview, readSavedReview, reviewFingerprint, writeSavedReview } from "./saved-review";
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
  unit: "万亩", comparator: ">=", deadline: "2023-12-31", deadlineStated: false, leadDepartmentId: 3, supportingDepartmentIds: [], responsibleUserId: null, rejected: true,
};
const base = reviewFingerprint([{ key: "c1" }]);
const saved = { base, rows: [row], nextKey: 2, savedAt: "2026-12-05T10:00:00.000Z" };

describe("an import review kept in the browser", () => {
  it("gives back what was saved for the same draft", () => {
    const storage = memoryStorage();
    writeSavedReview(storage, 7, saved);
    expect(readSavedReview(storage, 7, base)).toEqual(saved);
    expect(readSavedReview(storage, 8, base)).toBeNull();
  });

  it("ignores a save of another draft under the same id (another database), or one unreadable", () => {
    const storage = memoryStorage();
    writeSavedReview(storage, 7, saved);
    expect(readSavedReview(storage, 7, reviewFingerprint([{ key: "c2" }]))).toBeNull();
    storage.setItem("duban:import-review:7", "{not json");
    expect(readSavedReview(storage, 7, base)).toBeNull();
    storage.setItem("duban:import-review:7", JSON.stringify({ format: 1, ...saved, rows: [{ ...row, value: 11 }] }));
    expect(readSavedReview(storage, 7, base)).toBeNull();
  });

  it("is cleared, and saves of drafts left for a month are dropped on the next save", () => {
    const storage = memoryStorage();
    writeSavedReview(storage, 5, { ...saved, savedAt: "2026-10-01T00:00:00.000Z" });
    writeSavedReview(storage, 6, { ...saved, savedAt: "2026-11-20T00:00:00.000Z" });
    writeSavedReview(storage, 7, saved);
    expect(readSavedReview(storage, 5, base)).toBeNull();
    expect(readSavedReview(storage, 6, base)).not.toBeNull();
    clearSavedReview(storage, 7);
    expect(readSavedReview(storage, 7, base)).toBeNull();
  });

  it("keeps nothing, without failing, when the storage is full or forbidden", () => {
    const storage = memoryStorage(true);
    expect(() => writeSavedReview(storage, 7, saved)).not.toThrow();
    expect(readSavedReview(storage, 7, base)).toBeNull();
  });
});
