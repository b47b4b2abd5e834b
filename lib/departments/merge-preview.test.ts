import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { describeMergePreview, mergePreviewKey, mergePreviewLabels as labels, type MergePreview } from "./merge-preview";

const none: MergePreview = { led: 0, ledOpen: 0, supported: 0, supportedOpen: 0, users: 0, disabledUsers: 0, keywords: 0, reminders: 0 };
// 市乡村振兴局 into 市农业农村局, as a 机构改革 would.
const rural: MergePreview = { led: 16, ledOpen: 12, supported: 3, supportedOpen: 3, users: 4, disabledUsers: 1, keywords: 5, reminders: 2 };

describe("what a merge says it will move", () => {
  it("names what there is, each with its count, and nothing of what is none", () => {
    expect(describeMergePreview(rural, labels(translator("zh")))).toBe(
      "牵头的目标任务 16 项（未办结 12 项）、配合的目标任务 3 项（未办结 3 项）、用户 4 人（另有停用 1 人）、导入识别关键词 5 个、目标任务上待答复的催办 2 条",
    );
    expect(describeMergePreview({ ...none, users: 1 }, labels(translator("zh")))).toBe("用户 1 人");
    // Only disabled users: still people to move.
    expect(describeMergePreview({ ...none, disabledUsers: 2 }, labels(translator("zh")))).toBe("用户 0 人（另有停用 2 人）");
    expect(describeMergePreview(none, labels(translator("zh")))).toBe("没有目标任务、用户或关键词");
    expect(describeMergePreview({ ...none, led: 1, ledOpen: 1, keywords: 1 }, labels(translator("en")))).toBe("1 commitment it leads (1 open), 1 import keyword");
  });

  it("is told apart by its key from any preview that differs in one count", () => {
    const key = mergePreviewKey(rural);
    for (const field of Object.keys(rural) as (keyof MergePreview)[]) expect(mergePreviewKey({ ...rural, [field]: rural[field] + 1 })).not.toBe(key);
    expect(mergePreviewKey({ ...rural })).toBe(key);
  });
});
