import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { describeAction, describeChanges, type DescribeContext } from "./describe-changes";
import { ACTIONS, actionLiteralsInLib } from "./written-actions.fixture";

const zh: DescribeContext = {
  t: translator("zh"),
  locale: "zh",
  unit: "个",
  departments: new Map([
    [3, "市发展改革委"],
    [7, "市财政局"],
    [9, "市农业农村局"],
  ]),
  users: new Map([[12, "王建国"]]),
};
const en: DescribeContext = { ...zh, t: translator("en"), locale: "en" };


describe("describeAction", () => {
  it("names every action the app writes, in both languages", () => {
    for (const action of ACTIONS) {
      expect(describeAction(action, zh.t)).not.toBe(action);
      expect(describeAction(action, en.t)).not.toBe(action);
    }
    expect(describeAction("commitment.assignOwners", zh.t)).toBe("设置责任分工");
    expect(describeAction("update.approve", en.t)).toBe("Progress approved");
  });
  it("names every action written as a literal in lib/ (none added without its words)", () => {
    const written = actionLiteralsInLib();
    expect(written.size).toBeGreaterThan(15);
    for (const action of written) expect(ACTIONS, action).toContain(action);
  });
  it("shows an action it does not know as its code", () => {
    expect(describeAction("commitment.nope", zh.t)).toBe("commitment.nope");
    expect(describeAction("toString", zh.t)).toBe("toString");
  });
});

describe("describeChanges", () => {
  it("an approval: the state in words, the note, nothing about the reviewer's id or the time", () => {
    // 新建城市书房100个: 60 approved; percent comes back as Decimal text before, a number after.
    const event = {
      entity: "ProgressUpdate",
      before: { state: "SUBMITTED", percent: "60.00" },
      after: { state: "APPROVED", percent: 60, reviewerId: 4, reviewNote: "数据已核对。", reviewedAt: "2023-06-30T06:05:00.000Z" },
    };
    expect(describeChanges(event, zh)).toEqual([
      { field: "state", label: "状态", before: "待审核", after: "已通过" },
      { field: "reviewNote", label: "审核意见", before: null, after: "数据已核对。", lang: "zh-CN" },
    ]);
    expect(describeChanges(event, en)[0]).toEqual({ field: "state", label: "Status", before: "Awaiting review", after: "Approved" });
    // Approved without a note: nothing to say about it.
    expect(describeChanges({ ...event, after: { ...event.after, reviewNote: null } }, zh)).toHaveLength(1);
  });

  it("an owner assignment: departments and the responsible official by name, never the lock version", () => {
    const event = {
      entity: "Commitment",
      before: { leadDepartmentId: null, supportingDepartmentIds: [], responsibleUserId: null, version: 1 },
      after: { leadDepartmentId: 3, supportingDepartmentIds: [7, 9], responsibleUserId: 12, version: 2 },
    };
    expect(describeChanges(event, zh)).toEqual([
      { field: "leadDepartmentId", label: "牵头单位", before: "—", after: "市发展改革委", lang: "zh-CN" },
      { field: "supportingDepartmentIds", label: "配合单位", before: "—", after: "市财政局、市农业农村局", lang: "zh-CN" },
      { field: "responsibleUserId", label: "责任人", before: "—", after: "王建国", lang: "zh-CN" },
    ]);
  });

  it("leaves out an owner the page cannot name rather than print its id", () => {
    const event = { entity: "Commitment", before: { leadDepartmentId: 41, supportingDepartmentIds: [41] }, after: { leadDepartmentId: 3, supportingDepartmentIds: [] } };
    expect(describeChanges(event, zh)).toEqual([]);
    expect(describeChanges(event, { t: zh.t, locale: "zh" })).toEqual([]);
  });

  it("a deadline extension: days as YYYY-MM-DD, unchanged original fields left out", () => {
    const commitment = { deadline: "2023-06-30T00:00:00.000Z", originalDeadline: "2023-06-30T00:00:00.000Z", targetValue: null, latestPercent: "40.00", version: 3 };
    const event = { entity: "Commitment", before: commitment, after: { ...commitment, deadline: "2023-09-30T00:00:00.000Z", version: 4 } };
    expect(describeChanges(event, zh)).toEqual([{ field: "deadline", label: "完成时限", before: "2023-06-30", after: "2023-09-30" }]);
  });

  it("a planned fall adjusted: target figures read as falls, the reported change stays a number", () => {
    const adjust = { entity: "Commitment", before: { targetValue: "-3.0000", latestActual: "-1.0000" }, after: { targetValue: "-2.5000", latestActual: "-1.0000" } };
    expect(describeChanges(adjust, { ...zh, unit: "%", comparator: "GROWTH" })).toEqual([{ field: "targetValue", label: "目标值", before: "下降 3%", after: "下降 2.5%" }]);
    // "down 3%" in English: the reader's word before the figure, so not marked Chinese.
    expect(describeChanges(adjust, { ...en, unit: "%", comparator: "GROWTH" })[0]).toMatchObject({ after: "down 2.5%", lang: undefined });
    const proposal = { entity: "ChangeRequest", before: null, after: { proposedMin: "-3.0000", proposedMax: "-2.0000" } };
    expect(describeChanges(proposal, { ...zh, unit: "%", comparator: "RANGE" }).map((c) => c.after)).toEqual(["下降 3%", "下降 2%"]);
  });

  it("a target adjustment and new latest figures: numbers without trailing zeros, in the unit", () => {
    const adjust = { entity: "Commitment", before: { targetValue: "100.0000", latestPercent: "60.00" }, after: { targetValue: "80.0000", latestPercent: "75.00" } };
    expect(describeChanges(adjust, zh)).toEqual([
      // The figures in their unit are the report's (read in Chinese); percents are numbers only.
      { field: "targetValue", label: "目标值", before: "100个", after: "80个", lang: "zh-CN" },
      { field: "latestPercent", label: "最新完成率", before: "60%", after: "75%" },
    ]);
    // In English the figures are written as every English page writes them, and are the reader's.
    expect(describeChanges(adjust, en)[0]).toEqual({ field: "targetValue", label: "Target", before: "100", after: "80", lang: undefined });
    expect(describeChanges(adjust, { ...en, unit: "万亩" })[0]).toMatchObject({ before: "1 million mu", after: "800,000 mu", lang: undefined });
    const figures = {
      entity: "Commitment",
      before: { latestActual: null, latestPercent: null, latestAsOf: null, latestUpdateId: null },
      after: { latestActual: "2.5000", latestPercent: "2.50", latestAsOf: "2023-03-31T00:00:00.000Z", latestUpdateId: 88 },
    };
    expect(describeChanges(figures, { ...zh, unit: "万亩" }).map((c) => `${c.label}：${c.before} → ${c.after}`)).toEqual([
      "最新实际完成值：— → 2.5万亩",
      "最新完成率：— → 2.5%",
      "最新数据截至日期：— → 2023-03-31",
    ]);
  });

  it("a submission: what was reported, evidence by file name, a milestone's done in words", () => {
    const event = {
      entity: "ProgressUpdate",
      before: null,
      after: {
        id: 501,
        commitmentId: 17,
        asOf: "2023-06-30T00:00:00.000Z",
        actualValue: null,
        done: true,
        percent: 100,
        narrative: "公交集团股权划转已完成。",
        state: "SUBMITTED",
        resubmitsId: null,
        evidence: [{ id: 9, fileName: "划转协议.pdf", mimeType: "application/pdf", size: 1024, sha256: "ab" }],
      },
    };
    expect(describeChanges(event, zh).map((c) => [c.label, c.before, c.after])).toEqual([
      ["状态", null, "待审核"],
      ["数据截至日期", null, "2023-06-30"],
      ["完成情况", null, "已完成"],
      ["完成率", null, "100%"],
      ["进展情况说明", null, "公交集团股权划转已完成。"],
      ["佐证材料", null, "划转协议.pdf"],
    ]);
  });

  it("a change request and its refusal: kind and state with the workflow's words", () => {
    const submitted = {
      entity: "ChangeRequest",
      before: null,
      after: { id: 3, commitmentId: 17, kind: "EXTEND_DEADLINE", state: "PENDING", reason: "征迁进度滞后。", proposedDeadline: "2023-09-30T00:00:00.000Z", proposedValue: null },
    };
    expect(describeChanges(submitted, zh).map((c) => `${c.label}：${c.after}`)).toEqual(["申请类型：延期", "状态：待审批", "申请的完成时限：2023-09-30", "申请理由：征迁进度滞后。"]);
    const refused = { entity: "ChangeRequest", before: { state: "PENDING" }, after: { state: "REFUSED", reviewerId: 4, reviewNote: "理由不充分。", reviewedAt: "2023-07-01T01:00:00.000Z" } };
    expect(describeChanges(refused, zh)).toEqual([
      { field: "state", label: "状态", before: "待审批", after: "未批准" },
      { field: "reviewNote", label: "审批意见", before: null, after: "理由不充分。", lang: "zh-CN" },
    ]);
  });

  it("a verification: the commitment's status and the note", () => {
    const event = {
      entity: "Commitment",
      before: { status: "ACTIVE", verifiedAt: null, verifiedById: null, verifyNote: null, version: 5 },
      after: { status: "VERIFIED", verifiedAt: "2023-07-02T23:00:00.000Z", verifiedById: 4, verifyNote: "已现场查看。", version: 6 },
    };
    expect(describeChanges(event, zh)).toEqual([
      { field: "status", label: "状态", before: "未办结", after: "已核验" },
      { field: "verifyNote", label: "核验意见", before: "—", after: "已现场查看。", lang: "zh-CN" },
    ]);
  });

  it("shows a field it does not know by its name, instants in Beijing time, never JSON", () => {
    const event = {
      entity: "Commitment",
      before: { escalatedAt: null, flags: null },
      after: { escalatedAt: "2023-06-30T23:30:00.000Z", flags: [{ id: 1, code: "X" }], urgent: true, enum: "SOMETHING_NEW" },
    };
    expect(describeChanges(event, zh)).toEqual([
      { field: "enum", label: "enum", before: null, after: "SOMETHING_NEW" },
      { field: "escalatedAt", label: "escalatedAt", before: "—", after: "2023-07-01 07:30:00" },
      { field: "flags", label: "flags", before: "—", after: "code: X" },
      { field: "urgent", label: "urgent", before: null, after: "是" },
    ]);
    expect(describeChanges({ entity: "Commitment", before: { state: "ODD" }, after: { state: "ODDER" } }, zh)[0]).toMatchObject({ before: "ODD", after: "ODDER" });
  });

  it("keeps hostile text as plain text for React to escape, and survives odd payloads", () => {
    expect(describeChanges({ entity: "ProgressUpdate", before: {}, after: { narrative: "<script>alert(1)</script>" } }, zh)[0].after).toBe("<script>alert(1)</script>");
    expect(describeChanges({ entity: "X", before: "text", after: [1, 2] }, zh)).toEqual([]);
    expect(describeChanges({ entity: "X", before: undefined, after: null }, zh)).toEqual([]);
  });
});
