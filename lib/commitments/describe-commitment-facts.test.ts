import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { describeCommitmentFacts, type CommitmentFactsInput } from "./describe-commitment-facts";

// 新建城市书房100个 (Luoyang 2023), before and after progress and an approved 调整.
const commitment: CommitmentFactsInput = {
  kind: "NUMERIC",
  comparator: "EQUAL",
  targetValue: "100.0000",
  targetMin: null,
  targetMax: null,
  unit: "个",
  originalTargetValue: "100.0000",
  originalTargetMin: null,
  originalTargetMax: null,
  deadline: new Date("2023-12-31T00:00:00Z"),
  originalDeadline: new Date("2023-12-31T00:00:00Z"),
  deadlineStated: false,
  deadlineSetByAdmin: false,
  section: { code: "二", title: "2023年工作安排" },
  theme: null,
  latestActual: null,
  latestPercent: null,
  latestAsOf: null,
  verifiedAt: null,
  verifiedBy: null,
  verifyNote: null,
  unmetAt: null,
  unmetBy: null,
  unmetNote: null,
};
const options = { t: translator("zh"), locale: "zh" as const, today: "2023-12-01", staleAfterDays: 45, light: "ON_TRACK" as const };

describe("describeCommitmentFacts", () => {
  it("writes the target, the deadline and that nothing is reported yet", () => {
    expect(describeCommitmentFacts(commitment, options)).toEqual([
      { label: "目标", value: "100个", testId: "target" },
      { label: "完成时限", value: "2023-12-31（报告未写明，默认年底）", testId: "deadline" },
      { label: "所属部分", value: "二 2023年工作安排", lang: "zh-CN" },
      { label: "最新已审核进展", value: "尚无已审核进展", testId: "latest" },
    ]);
  });

  it("says a deadline the admin set at import is theirs, not the report's nor the default", () => {
    const set = { ...commitment, deadline: new Date("2023-06-30T00:00:00Z"), originalDeadline: new Date("2023-06-30T00:00:00Z"), deadlineSetByAdmin: true };
    expect(describeCommitmentFacts(set, options)[1]).toEqual({ label: "完成时限", value: "2023-06-30（导入时由管理员指定）", testId: "deadline" });
    expect(describeCommitmentFacts({ ...set, deadlineStated: true, deadlineSetByAdmin: false }, options)[1]).toMatchObject({ value: "2023-06-30" });
  });

  it("shows the latest approved figure, and says when it is stale", () => {
    const reported = { ...commitment, latestActual: "60.0000", latestPercent: "60.00", latestAsOf: new Date("2023-09-30T00:00:00Z") };
    const latest = (today: string) => describeCommitmentFacts(reported, { ...options, today }).find((f) => f.testId === "latest")?.value;
    // Exactly 45 days old is still fresh.
    expect(latest("2023-11-14")).toBe("60个 · 60% · 2023-09-30");
    expect(latest("2023-11-15")).toBe("60个 · 60% · 2023-09-30（超过 45 天未更新）");
    // Nothing more is asked once the target is reached, verified, closed as missed or withdrawn.
    for (const light of ["COMPLETED", "VERIFIED", "UNMET", "WITHDRAWN"] as const) {
      expect(describeCommitmentFacts(reported, { ...options, today: "2026-12-05", light }).find((f) => f.testId === "latest")?.value).toBe("60个 · 60% · 2023-09-30");
    }
    // A figure as of the deadline covers the whole period: nothing newer can be reported, so it is final, not stale.
    const final = { ...reported, latestAsOf: new Date("2023-12-31T00:00:00Z") };
    expect(describeCommitmentFacts(final, { ...options, today: "2026-12-05", light: "OVERDUE" }).find((f) => f.testId === "latest")?.value).toBe("60个 · 60% · 2023-12-31");
  });

  it("says a completion by figures dated after the deadline is late", () => {
    const late = { ...commitment, latestActual: "100.0000", latestPercent: "100.00", latestAsOf: new Date("2024-01-31T00:00:00Z") };
    const latest = (c: CommitmentFactsInput, light: "COMPLETED" | "VERIFIED" | "OVERDUE") => describeCommitmentFacts(c, { ...options, today: "2024-02-01", light }).find((f) => f.testId === "latest")?.value;
    expect(latest(late, "COMPLETED")).toBe("100个 · 100% · 2024-01-31（逾期完成：达标数据晚于完成时限 31 天）");
    expect(latest(late, "VERIFIED")).toContain("逾期完成");
    // On the deadline day it is on time; not met, it is overdue, which the light says.
    expect(latest({ ...late, latestAsOf: new Date("2023-12-31T00:00:00Z") }, "COMPLETED")).toBe("100个 · 100% · 2023-12-31");
    expect(latest({ ...late, latestPercent: "90.00" }, "OVERDUE")).not.toContain("逾期完成");
  });

  it("keeps what an approved change replaced, struck through", () => {
    // The report named no day (默认年底); the extension's day is no default.
    const changed = { ...commitment, targetValue: "80.0000", deadline: new Date("2024-03-31T00:00:00Z"), theme: "文化惠民" };
    expect(describeCommitmentFacts(changed, options).slice(0, 5)).toEqual([
      { label: "目标", value: "80个", testId: "target" },
      { label: "原目标", value: "100个", struck: true },
      { label: "完成时限", value: "2024-03-31", testId: "deadline" },
      { label: "原完成时限", value: "2023-12-31", struck: true },
      { label: "所属部分", value: "二 2023年工作安排", lang: "zh-CN" },
    ]);
    expect(describeCommitmentFacts(changed, options)[5]).toEqual({ label: "工作主题", value: "文化惠民", lang: "zh-CN" });
  });

  it("names a milestone's target and who verified the commitment", () => {
    const milestone = {
      ...commitment,
      kind: "MILESTONE" as const,
      comparator: null,
      targetValue: null,
      originalTargetValue: null,
      unit: null,
      latestPercent: "100.00",
      latestAsOf: new Date("2023-06-30T00:00:00Z"),
      verifiedAt: new Date("2023-07-03T02:00:00Z"),
      verifiedBy: { displayName: "督查室", disabled: false },
    };
    const facts = describeCommitmentFacts(milestone, options);
    expect(facts[0]).toEqual({ label: "目标", value: "节点任务", testId: "target" });
    // No figure to show: done or not done, then the percent.
    expect(facts.find((f) => f.testId === "latest")?.value).toMatch(/^已完成 · 100% · 2023-06-30/);
    expect(facts.at(-1)).toEqual({ label: "状态", value: { template: "已核验：{by}，2023-07-03", data: { by: "督查室" } } });
  });

  it("dates the verification in Beijing and shows the reviewer's note", () => {
    // 07:00 on 3 July in Beijing is still 2 July in UTC.
    const verified = { ...commitment, latestPercent: "100.00", verifiedAt: new Date("2023-07-02T23:00:00Z"), verifiedBy: { displayName: "督查室", disabled: false }, verifyNote: "已现场查看100个城市书房。" };
    expect(describeCommitmentFacts(verified, options).slice(-2)).toEqual([
      // Who verified is data in the sentence: left for the page to put in, marked (SentenceWithData).
      { label: "状态", value: { template: "已核验：{by}，2023-07-03", data: { by: "督查室" } } },
      { label: "核验意见", value: "已现场查看100个城市书房。", testId: "verify-note", lang: "zh-CN" },
    ]);
    expect(describeCommitmentFacts({ ...verified, verifyNote: null }, options).at(-1)?.label).toBe("状态");
  });

  it("says who closed a missed target as not delivered, when (in Beijing) and why", () => {
    const unmet = {
      ...commitment,
      latestActual: "60.0000",
      latestPercent: "60.00",
      latestAsOf: new Date("2023-12-31T00:00:00Z"),
      unmetAt: new Date("2024-01-14T17:30:00Z"),
      unmetBy: { displayName: "督查室", disabled: false },
      unmetNote: "选址调整，余下40个转入2024年。",
    };
    expect(describeCommitmentFacts(unmet, { ...options, today: "2024-01-20", light: "UNMET" }).slice(-2)).toEqual([
      { label: "状态", value: { template: "已按未完成办结：{by}，2024-01-15", data: { by: "督查室" } } },
      { label: "未完成原因", value: "选址调整，余下40个转入2024年。", testId: "unmet-note", lang: "zh-CN" },
    ]);
  });

  it("in English too, the reviewer's name is left as data and the day is the reader's", () => {
    const verified = { ...commitment, latestPercent: "100.00", verifiedAt: new Date("2023-07-02T23:00:00Z"), verifiedBy: { displayName: "督查室", disabled: false } };
    const status = describeCommitmentFacts(verified, { ...options, t: translator("en"), locale: "en" }).find((f) => f.label === "Status");
    expect(status?.value).toEqual({ template: "Verified by {by}, 2023-07-03", data: { by: "督查室" } });
  });

  it("marks who decided once their account is disabled, in either language", () => {
    const verified = { ...commitment, latestPercent: "100.00", verifiedAt: new Date("2023-07-02T23:00:00Z"), verifiedBy: { displayName: "督查室", disabled: true } };
    expect(describeCommitmentFacts(verified, options).at(-1)?.value).toEqual({ template: "已核验：{by}（已停用），2023-07-03", data: { by: "督查室" } });
    const status = describeCommitmentFacts(verified, { ...options, t: translator("en"), locale: "en" }).find((f) => f.label === "Status");
    expect(status?.value).toEqual({ template: "Verified by {by} (disabled), 2023-07-03", data: { by: "督查室" } });
  });
});
