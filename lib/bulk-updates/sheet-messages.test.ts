import { describe, expect, it } from "vitest";
import { zh } from "@/lib/i18n/zh";

describe("the progress sheet's messages", () => {
  it("call the sheet one name in Chinese, 填报表, as the page's link and hint do", () => {
    const sheetMessages = Object.entries(zh).filter(([key]) => key.startsWith("bulk.") || key.startsWith("bulkSheet."));
    const named = sheetMessages.filter(([, text]) => /表/.test(text) && !/工作表/.test(text));
    expect(named.length).toBeGreaterThan(5);
    for (const [key, text] of named) expect(text, key).not.toMatch(/进展表/);
    expect(zh["bulk.error.emptyFile"]).toContain("填报表");
  });
});
