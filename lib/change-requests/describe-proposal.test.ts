import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { describeProposal } from "./describe-proposal";
import { changeRequestListLabels } from "./labels";
import type { ChangeRequestView } from "./types";

const zh = changeRequestListLabels(translator("zh"));
const en = changeRequestListLabels(translator("en"));

function request(kind: ChangeRequestView["kind"], proposal: Partial<ChangeRequestView>, commitment: Partial<ChangeRequestView["commitment"]>): ChangeRequestView {
  return {
    id: 1,
    commitmentId: 1,
    kind,
    state: "PENDING",
    proposedDeadline: null,
    proposedValue: null,
    proposedMin: null,
    proposedMax: null,
    reason: "理由",
    requesterName: "经办人",
    requesterDisabled: false,
    createdAt: "2023-07-01T00:00:00.000Z",
    reviewerName: null,
    reviewerDisabled: false,
    reviewNote: null,
    reviewedAt: null,
    scale: null,
    ...proposal,
    commitment: { indicator: "指标", comparator: null, targetValue: null, targetMin: null, targetMax: null, unit: null, deadline: "2023-12-31", leadDepartment: null, ...commitment },
  };
}

describe("describeProposal", () => {
  it("writes a planned fall as the report did, for the current and the proposed target", () => {
    const r = request("ADJUST_TARGET", { proposedValue: "-2.5" }, { comparator: "GROWTH", targetValue: "-3", unit: "%" });
    expect(describeProposal(r, zh, "zh")).toBe("现目标：下降 3% → 申请调整为：下降 2.5%");
    expect(describeProposal(r, en, "en")).toBe("Current target: down 3% → proposed: down 2.5%");
  });

  it("keeps growth a growth, a floor a floor and a range a range", () => {
    expect(describeProposal(request("ADJUST_TARGET", { proposedValue: "6" }, { comparator: "GROWTH", targetValue: "7", unit: "%" }), zh, "zh")).toBe(
      "现目标：增长 7% → 申请调整为：增长 6%",
    );
    expect(describeProposal(request("ADJUST_TARGET", { proposedValue: "2000" }, { comparator: "AT_LEAST", targetValue: "2500", unit: "个" }), zh, "zh")).toBe(
      "现目标：≥ 2500个 → 申请调整为：≥ 2000个",
    );
    expect(describeProposal(request("ADJUST_TARGET", { proposedMin: "4", proposedMax: "6" }, { comparator: "RANGE", targetMin: "5", targetMax: "8", unit: "个" }), zh, "zh")).toBe(
      "现目标：5–8个 → 申请调整为：4–6个",
    );
  });

  it("shows an extension as the current deadline and the one asked for", () => {
    const r = request("EXTEND_DEADLINE", { proposedDeadline: "2024-06-30" }, { deadline: "2023-12-31" });
    expect(describeProposal(r, zh, "zh")).toBe("现完成时限：2023-12-31 → 申请延期至：2024-06-30");
    expect(describeProposal(r, en, "en")).toBe("Current deadline: 2023-12-31 → proposed: 2024-06-30");
  });

  it("says only what was asked once the request is decided (an approval made the proposal the current value)", () => {
    const approved = request("EXTEND_DEADLINE", { state: "APPROVED", proposedDeadline: "2024-06-30" }, { deadline: "2024-06-30" });
    expect(describeProposal(approved, zh, "zh")).toBe("申请延期至：2024-06-30");
    const refused = request("ADJUST_TARGET", { state: "REFUSED", proposedValue: "-2.5" }, { comparator: "GROWTH", targetValue: "-3", unit: "%" });
    expect(describeProposal(refused, en, "en")).toBe("Proposed target: down 2.5%");
  });
});
