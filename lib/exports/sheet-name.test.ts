import { describe, expect, it } from "vitest";
import { uniqueSheetName } from "./sheet-name";

describe("a ledger sheet's name", () => {
  it("keeps a short name as it is, without Excel's forbidden characters", () => {
    expect(uniqueSheetName("三(一) 经济发展", new Set())).toBe("三(一) 经济发展");
    expect(uniqueSheetName("A/B: [C]?", new Set())).toBe("A B C");
  });

  it("says when it is cut to Excel's 31 characters (Beijing 2025's long section titles)", () => {
    const long = "二(三) 加快发展新质生产力，推动科技创新和产业创新深度融合，建设国际科技创新中心";
    const name = uniqueSheetName(long, new Set());
    expect([...name].length).toBeLessThanOrEqual(31);
    expect(name.endsWith("…")).toBe(true);
    expect(long.startsWith(name.slice(0, -1))).toBe(true);
  });

  it("numbers a name already used, whatever the case, within the limit", () => {
    const used = new Set<string>();
    expect(uniqueSheetName("Sheet", used)).toBe("Sheet");
    expect(uniqueSheetName("sheet", used)).toBe("sheet (2)");
    const long = "二".repeat(40);
    expect(uniqueSheetName(long, used)).toBe(`${"二".repeat(30)}…`);
    expect(uniqueSheetName(long, used)).toBe(`${"二".repeat(26)}… (2)`);
  });
});
