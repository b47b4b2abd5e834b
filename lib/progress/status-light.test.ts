import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { STATUS_LIGHT_CASES } from "./__fixtures__/status-light-cases";
import { yearStartOf } from "./iso-day";
import { explainStatusRule, isStale, showsStale, STATUS_LIGHTS, statusLight, type StatusLightInput } from "./status-light";
import { AT_RISK_GAP_POINTS, BEHIND_GAP_POINTS, DEFAULT_STALE_DAYS, NOT_STARTED_ELAPSED_PERCENT } from "./status-thresholds";

describe("statusLight", () => {
  it.each(STATUS_LIGHT_CASES)("$name", ({ today, expected, originalDeadline, ...row }) => {
    expect(statusLight({ ...row, start: yearStartOf(originalDeadline) }, today)).toBe(expected);
  });

  const farmland: StatusLightInput = {
    kind: "NUMERIC",
    comparator: "EQUAL",
    status: "ACTIVE",
    deadline: "2023-12-31",
    latestPercent: 45,
    latestAsOf: "2023-06-30",
    start: "2023-01-01",
    unit: "万亩",
    targetMin: null,
  };

  it("takes Dates at UTC midnight as well as ISO day strings", () => {
    const asDates = { ...farmland, deadline: new Date(Date.UTC(2023, 11, 31)), start: new Date(Date.UTC(2023, 0, 1)) };
    expect(statusLight(asDates, new Date(Date.UTC(2023, 5, 30)))).toBe(statusLight(farmland, "2023-06-30"));
  });

  it("paces from a given start date instead of Jan 1", () => {
    // 45% on June 30 is on track from Jan 1, but the same work started on June 1 is well ahead.
    expect(statusLight({ ...farmland, latestPercent: 10, start: "2023-06-01" }, "2023-06-30")).toBe("ON_TRACK");
    expect(statusLight({ ...farmland, latestPercent: 10 }, "2023-06-30")).toBe("BEHIND");
  });

  it("refuses a day that does not exist rather than guessing", () => {
    expect(() => statusLight(farmland, "2023-02-29")).toThrow(RangeError);
    expect(() => statusLight({ ...farmland, deadline: "2023/12/31" }, "2023-06-30")).toThrow(RangeError);
  });
});

describe("isStale", () => {
  it("flags an approved figure older than the threshold", () => {
    expect(isStale("2023-03-31", "2023-05-15", 45)).toBe(false); // exactly 45 days
    expect(isStale("2023-03-31", "2023-05-16", 45)).toBe(true);
    expect(isStale("2024-02-29", "2024-03-30", 30)).toBe(false);
    expect(isStale("2024-02-29", "2024-03-31", 30)).toBe(true);
  });

  it("uses the default threshold and never calls a missing figure stale", () => {
    expect(DEFAULT_STALE_DAYS).toBe(45);
    expect(isStale("2023-01-31", "2023-03-20")).toBe(true);
    expect(isStale(null, "2023-12-31", 1)).toBe(false);
  });

  it("shows no figure as stale once it covers the deadline, nor once nothing more is asked", () => {
    expect(showsStale("2023-09-30", "OVERDUE", "2026-12-05", 45, "2023-12-31")).toBe(true);
    expect(showsStale("2023-12-31", "OVERDUE", "2026-12-05", 45, "2023-12-31")).toBe(false);
    expect(showsStale("2024-01-31", "OVERDUE", "2026-12-05", 45, "2023-12-31")).toBe(false);
    expect(showsStale("2023-09-30", "COMPLETED", "2026-12-05", 45, "2023-12-31")).toBe(false);
    expect(showsStale("2023-09-30", "ON_TRACK", "2023-11-15", 45, "2024-06-30")).toBe(true);
  });

  it("refuses a threshold that is not a whole number of days", () => {
    expect(() => isStale("2023-01-31", "2023-03-20", -1)).toThrow(RangeError);
    expect(() => isStale("2023-01-31", "2023-03-20", 1.5)).toThrow(RangeError);
  });
});

describe("explainStatusRule", () => {
  it("states the thresholds the rule uses, in both languages", () => {
    for (const locale of ["zh", "en"] as const) {
      const text = explainStatusRule(locale).join(" ");
      expect(text).toContain(`${AT_RISK_GAP_POINTS}`);
      expect(text).toContain(`${BEHIND_GAP_POINTS}`);
      expect(text).toContain(`${NOT_STARTED_ELAPSED_PERCENT}%`);
    }
    expect(explainStatusRule("zh").join("")).toContain("完成时限当天不算逾期，但当天目标仍未完成的为“进度滞后”");
    expect(explainStatusRule("en").join(" ")).toContain('The deadline day itself is not overdue, but a target not met on it is "Behind"');
    // English quotes in English: “” is drawn full width by a Chinese face, first in the pages' fonts.
    expect(explainStatusRule("en").join(" ")).not.toMatch(/[“”]/);
  });

  it("names every state with the word its badge shows, and the deadline as the facts do", () => {
    for (const locale of ["zh", "en"] as const) {
      const t = translator(locale);
      const text = explainStatusRule(locale).join(" ");
      const quoted = (word: string) => (locale === "zh" ? `“${word}”` : `"${word}"`);
      for (const light of STATUS_LIGHTS) expect(text).toContain(quoted(t(`light.${light}`)));
      expect(text.toLowerCase()).toContain(t("commitments.deadline").toLowerCase());
    }
    const zh = explainStatusRule("zh").join("");
    // The old wording, which no badge shows.
    for (const word of ["尚未开始", "正常推进", "有风险：", "滞后：", "截止日期"]) expect(zh).not.toContain(word);
  });
});
