import { describe, expect, it } from "vitest";
import { ZRequestChange } from "./types";

// 新增高标准农田11万亩 (Luoyang 2023), as the form draws it: its hints beside the fields typed.
const hints = { expects: "NUMERIC", currentDeadline: "2023-12-31", currentComparator: "AT_LEAST", currentValue: "11.0000", currentUnit: "万亩" };
const issues = (input: Record<string, string>) => ZRequestChange.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("a change request's form fields", () => {
  it("names a target that breaks the commitment's rules with the other fields' mistakes, from the form's hints", () => {
    expect(issues({ commitmentId: "7", kind: "ADJUST_TARGET", proposedValue: "-5", reason: " ", ...hints })).toEqual([
      ["reason", "form.required"],
      ["proposedValue", "workflow.change.negative"],
    ]);
    // Without hints only the schema's own mistakes: the use case names the rest.
    expect(issues({ commitmentId: "7", kind: "ADJUST_TARGET", proposedValue: "-5", reason: " " })).toEqual([["reason", "form.required"]]);
  });

  it("names a share's new target outside 0–100% with the other fields' mistakes, from the form's share hint (农作物良种覆盖率97%以上)", () => {
    const seeds = { ...hints, currentValue: "97.0000", currentUnit: "%", currentShare: "1" };
    expect(issues({ commitmentId: "7", kind: "ADJUST_TARGET", proposedValue: "150", reason: " ", ...seeds })).toEqual([
      ["reason", "form.required"],
      ["proposedValue", "workflow.change.outsideShare"],
    ]);
    expect(issues({ commitmentId: "7", kind: "ADJUST_TARGET", proposedValue: "95", reason: "x", ...seeds })).toBeUndefined();
  });

  it("does not judge again a figure that failed its own parse, nor trust a garbled hint", () => {
    expect(issues({ commitmentId: "7", kind: "ADJUST_TARGET", proposedValue: "abc", reason: "x", ...hints })).toEqual([["proposedValue", "workflow.form.number"]]);
    expect(issues({ commitmentId: "7", kind: "ADJUST_TARGET", proposedValue: "11", reason: "x", ...hints, currentValue: "11万亩" })).toBeUndefined();
  });

  it("reads a proposed figure as the progress form reads a reading: an exponent is too large or asked for in full, never 'enter a number'", () => {
    const figure = (proposedValue: string) => issues({ commitmentId: "7", kind: "ADJUST_TARGET", proposedValue, reason: "x", ...hints });
    expect(figure("1e16")).toEqual([["proposedValue", "workflow.form.numberTooLarge"]]);
    expect(figure("1e16")).toEqual(figure("10000000000000000"));
    expect(figure("1.2E+6")).toEqual([["proposedValue", "workflow.form.noExponent"]]);
    // In the commitment's unit (万亩, a hint): "%" or "亩" is other words, "万亩" the unit itself.
    expect(figure("69.5%")).toEqual([["proposedValue", "workflow.form.otherUnit"]]);
    expect(figure("15万亩")).toEqual([["proposedValue", "workflow.form.unitGiven"]]);
    expect(figure("150000亩")).toEqual([["proposedValue", "workflow.form.otherUnit"]]);
    expect(figure("0x10")).toEqual([["proposedValue", "workflow.form.number"]]);
    // A range's bounds alike.
    const range = { ...hints, currentComparator: "RANGE", currentValue: "", currentMin: "5.0000", currentMax: "6.0000", currentUnit: "%" };
    expect(issues({ commitmentId: "7", kind: "ADJUST_TARGET", proposedMin: "5e0", proposedMax: "1e16", reason: "x", ...range })).toEqual([
      ["proposedMin", "workflow.form.noExponent"],
      ["proposedMax", "workflow.form.numberTooLarge"],
    ]);
    expect(issues({ commitmentId: "7", kind: "ADJUST_TARGET", proposedMin: "5%", proposedMax: "6", reason: "x", ...range })).toEqual([["proposedMin", "workflow.form.unitGiven"]]);
  });

  it("asks for the deadline of an extension, hints or not, and names it with a missing reason", () => {
    expect(issues({ commitmentId: "7", kind: "EXTEND_DEADLINE", proposedDeadline: "", reason: "" })).toEqual([
      ["reason", "form.required"],
      ["proposedDeadline", "form.required"],
    ]);
    expect(issues({ commitmentId: "7", kind: "EXTEND_DEADLINE", proposedDeadline: "2023-10-01", reason: "", ...hints })).toEqual([
      ["reason", "form.required"],
      ["proposedDeadline", "workflow.change.deadlineNotLater"],
    ]);
  });
});
