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
  it("quotes in English with English quotes, and leaves the Chinese quotes to Chinese", () => {
    // “” is what a Chinese face (first in the pages' fonts) draws full width: an English page quoted in Chinese.
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toMatch(/[“”‘’]/);
    expect(translator("en")("error.loginNameTaken", { loginName: "admin" })).toBe('The login name "admin" is already taken.');
    expect(translator("zh")("error.loginNameTaken", { loginName: "admin" })).toBe("登录名“admin”已被使用。");
  });
  it("fills placeholders", () => {
    expect(translator("zh")("login.error.THROTTLED", { seconds: 30 })).toBe("登录失败次数过多，请在 30 秒后再试。");
  });
  it("joins a list as the language enumerates", () => {
    const departments = ["市发展改革委", "市财政局"];
    expect(translator("zh")("owners.error.stale", { lead: "市农业农村局", supporting: departments, responsible: "—" })).toContain("配合单位 市发展改革委、市财政局；");
    expect(translator("en")("owners.error.stale", { lead: "市农业农村局", supporting: departments, responsible: "—" })).toContain("supporting 市发展改革委, 市财政局;");
  });
  it("picks the English word that goes with a number (not 1 days)", () => {
    const t = translator("en");
    expect([0, 1, 2].map((days) => t("workflow.review.waiting", { days }))).toEqual(["waiting for 0 days", "waiting for 1 day", "waiting for 2 days"]);
    expect(translator("zh")("workflow.review.waiting", { days: 1 })).not.toContain("{");
    // Found in English mode: "1 commitments", "1 rows are wrong".
    expect([1, 2].map((total) => t("list.total", { total }))).toEqual(["1 commitment", "2 commitments"]);
    expect(t("bulk.error.rows", { count: 1 })).toMatch(/^1 row is wrong; .* Correct it and/);
    expect(translator("zh")("list.total", { total: 1 })).toBe("共 1 项");
  });
  it("calls a figure's share of its target one thing in English (Completion), wherever it is shown", () => {
    for (const key of ["list.progress", "workflow.myWork.latest", "workflow.timeline.percent", "export.col.percent", "progress.col.percent"] as const) {
      expect(en[key], key).toMatch(/^Completion\b/);
    }
    // Not the milestone's done or not done, which is no share.
    expect(en["workflow.update.done"]).not.toMatch(/^Complet/);
  });
});
