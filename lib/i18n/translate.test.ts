import { describe, expect, it } from "vitest";
import { en } from "./en";
import { zh } from "./zh";
import { translator } from "./translate";

describe("translations", () => {
  it("has every Chinese key in English, with the same placeholders", () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(en[key], key).toBeTruthy();
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(en[key]), key).toEqual(names(zh[key]));
    }
  });
  it("fills placeholders", () => {
    expect(translator("zh")("login.error.THROTTLED", { seconds: 30 })).toBe("登录失败次数过多，请在 30 秒后再试。");
  });
});
