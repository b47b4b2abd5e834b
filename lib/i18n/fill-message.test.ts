import { describe, expect, it } from "vitest";
import { en } from "./en";
import { fillMessage } from "./fill-message";

describe("fillMessage, for counts known only in the browser", () => {
  it("picks the English word that goes with the count (not \"Import 1 commitments\")", () => {
    expect(fillMessage(en["import.accept"], { count: 1 })).toBe("Import 1 commitment");
    expect(fillMessage(en["import.accept"], { count: 3 })).toBe("Import 3 commitments");
  });

  it("puts a value in as it is, even one that reads like a replacement pattern or a placeholder", () => {
    expect(fillMessage("“{indicator}” first", { indicator: "$& {count}" })).toBe("“$& {count}” first");
  });

  it("leaves a placeholder it has no value for, and joins a list", () => {
    expect(fillMessage("{a} and {b}", { a: ["x", "y"] }, "、")).toBe("x、y and {b}");
  });

  it("makes a quoted value's own double quotes single, as a quote within a quote is written (GB/T 15834)", () => {
    const indicator = "“一村一品”全国示范村";
    expect(fillMessage("“{indicator}”还有进展待审核。", { indicator })).toBe("“‘一村一品’全国示范村”还有进展待审核。");
    expect(fillMessage('"{indicator}" is waiting.', { indicator: 'the "one village" plan' })).toBe("\"the ‘one village’ plan\" is waiting.");
    expect(fillMessage("{indicator}还有进展待审核。", { indicator })).toBe("“一村一品”全国示范村还有进展待审核。");
  });
});
