import { describe, expect, it } from "vitest";
import { findNul } from "./find-nul";

describe("findNul", () => {
  it("finds a NUL anywhere in parsed input, with its path", () => {
    expect(findNul({ narrative: "ok", candidates: [{ indicator: "a" }, { indicator: "b\u0000" }] })).toEqual(["candidates", 1, "indicator"]);
    expect(findNul({ a: "x", b: [1, 2], c: null, d: new Date() })).toBeNull();
  });
});
