import { describe, expect, it } from "vitest";
import { storedFigure } from "./figure-precision";

describe("a figure as it will be stored (four decimal places)", () => {
  it("is the figure itself up to four decimals", () => {
    expect(storedFigure(12.1235)).toBe(12.1235);
    expect(storedFigure(-0.3)).toBe(-0.3);
    expect(storedFigure(999_999_999_999_999)).toBe(999_999_999_999_999);
  });

  it("refuses more decimals than are kept, rather than round 19.99996 of a target of 20 to 100%", () => {
    expect(storedFigure(19.99996)).toBe("tooPrecise");
    expect(storedFigure(12.123456789)).toBe("tooPrecise");
    // Large figures too: a tolerance relative to the figure would let these through, rounded.
    expect(storedFigure(49999.99996)).toBe("tooPrecise");
    expect(storedFigure(999999999.99999)).toBe("tooPrecise");
    expect(storedFigure(0.00001)).toBe("tooPrecise");
    expect(storedFigure(50000.0001)).toBe(50000.0001);
  });

  it("refuses a figure no column holds (past 10^15), either way, before its decimals are counted", () => {
    expect(storedFigure(1e15)).toBe(1e15);
    expect(storedFigure(-1e15)).toBe(-1e15);
    expect(storedFigure(1e20)).toBe("tooLarge");
    expect(storedFigure(-1_000_000_000_000_000.5)).toBe("tooLarge");
  });

  it("drops a spreadsheet's binary noise", () => {
    expect(storedFigure(12.300000000000001)).toBe(12.3);
    expect(storedFigure(0.1 + 0.2)).toBe(0.3);
  });
});
