import { describe, expect, it } from "vitest";
import { fillSentence } from "@/lib/i18n/sentence";
import { translator } from "@/lib/i18n/translate";
import { unstaffedNote, withUnstaffedNote } from "./unstaffed-note";

const [zh, en] = [translator("zh"), translator("en")];
const agri = { name: "市农业农村局", openCommitments: 16, returned: 0, reminders: 0 };

describe("what the admin is told of a department left without an active official", () => {
  it("names the open commitments, and the returns and reminders only when there are some", () => {
    expect(fillSentence(unstaffedNote(agri, zh))).toBe("市农业农村局现在没有启用的经办人：其牵头或配合的 16 项未办结目标任务，本部门已无人报送。请为该部门新建或调入经办人。");
    expect(fillSentence(unstaffedNote({ ...agri, reminders: 2 }, zh))).toBe(
      "市农业农村局现在没有启用的经办人：其牵头或配合的 16 项未办结目标任务，本部门已无人报送（其中有 2 条待答复的催办）。请为该部门新建或调入经办人。",
    );
    expect(fillSentence(unstaffedNote({ ...agri, openCommitments: 1, returned: 1, reminders: 1 }, en))).toBe(
      "市农业农村局 now has no active official: nobody in it can report on the 1 open commitment it leads or supports (among them 1 returned update to send again, 1 reminder to answer). Create an official for it or move one in.",
    );
  });

  it("follows the action's own answer, its data kept apart to be marked", () => {
    const done = { template: en("users.disabledDone"), data: { name: "张三" } };
    expect(withUnstaffedNote(done, null, en)).toBe(done);
    const said = withUnstaffedNote(done, { ...agri, name: "{name}局" }, en);
    // A department named like a placeholder stays its name: data is never read as a placeholder.
    expect(said.data).toEqual({ name: "张三", department: "{name}局" });
    expect(fillSentence(said)).toMatch(/^张三 has been disabled\. \{name\}局 now has no active official: nobody in it can report on the 16 open commitments/);
  });
});
