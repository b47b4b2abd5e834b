import { describe, expect, it } from "vitest";
import { formatChainAnchor, parseChainAnchor } from "./chain-anchor";

const hash = "3fa9c2d1e0b4a5f6c7d8e9f00112233445566778899aabbccddeeff001122334";

describe("a point of the audit chain written down", () => {
  it("is shown as the event's number and the first 16 characters of its hash", () => {
    expect(formatChainAnchor({ id: 1234n, hash })).toBe("#1234 3fa9c2d1e0b4a5f6");
  });

  it("is read back as shown, or as typed by hand (no #, a colon, upper case, the whole hash)", () => {
    expect(parseChainAnchor("#1234 3fa9c2d1e0b4a5f6")).toEqual({ id: "1234", hash: "3fa9c2d1e0b4a5f6" });
    expect(parseChainAnchor(" 1234：3FA9C2D1E0B4A5F6 ")).toEqual({ id: "1234", hash: "3fa9c2d1e0b4a5f6" });
    expect(parseChainAnchor("#0042, " + hash)).toEqual({ id: "42", hash });
    expect(parseChainAnchor("＃1234 3fa9c2d1e0b4a5f6")).toEqual({ id: "1234", hash: "3fa9c2d1e0b4a5f6" });
    expect(parseChainAnchor("＃１２３４　３ｆａ９ｃ２ｄ１ｅ０ｂ４ａ５ｆ６")).toEqual({ id: "1234", hash: "3fa9c2d1e0b4a5f6" });
  });

  it("is none when nothing was typed, and unreadable when it is not a number and a hash", () => {
    expect(parseChainAnchor(undefined)).toBeNull();
    expect(parseChainAnchor("   ")).toBeNull();
    // Fewer than the 16 characters shown: content tried until it fits 8 of them is within reach.
    for (const bad of ["#1234", "3fa9c2d1e0b4a5f6", "#12a4 3fa9c2d1e0b4a5f6", "#1234 3fa9c2d1", "#1234 xyz9c2d1e0b4a5f6"]) expect(parseChainAnchor(bad)).toBe("invalid");
  });
});
