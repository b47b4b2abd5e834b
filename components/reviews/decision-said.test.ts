import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { saidSentence } from "./decision-said";

const messages = (locale: "zh" | "en") => {
  const t = translator(locale);
  return { approve: t("workflow.review.approvedItem"), reject: t("workflow.review.returnedItem"), settled: t("workflow.review.settledItem") };
};
// A reading on its commitment's page is named with its author (data) and its days (the reader's).
const reading = (locale: "zh" | "en") => ({ template: translator(locale)("detail.pendingItemAt", { asOf: "2023-06-30", at: "2023-07-01 09:30" }), data: { author: "王芳" } });

describe("what the review's live region says once a decision took", () => {
  it("names the reading with its author left as data, in either language", () => {
    expect(saidSentence({ id: 1, name: reading("zh"), decision: "approve" }, messages("zh"))).toEqual({
      template: "已审核通过：2023-06-30 的进展（{author}，2023-07-01 09:30 报送）",
      data: { author: "王芳" },
    });
    expect(saidSentence({ id: 1, name: reading("en"), decision: "reject" }, messages("en"))).toEqual({
      template: "Returned: Update as of 2023-06-30 ({author}, sent 2023-07-01 09:30)",
      data: { author: "王芳" },
    });
  });

  it("says why an item was settled elsewhere in the reader's words, its name still data", () => {
    const said = saidSentence({ id: 1, name: { template: "{indicator}", data: { indicator: "新建城市书房" } }, refusal: "该进展已处理过。" }, messages("zh"));
    expect(said).toEqual({ template: "{indicator}：该进展已处理过。页面已按最新情况更新。", data: { indicator: "新建城市书房" } });
  });
});
