import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { describeHistory } from "./describe-history";

describe("describeHistory", () => {
  it("writes an owner assignment as a government office's record reads it", () => {
    const [row] = describeHistory(
      [
        {
          id: "42",
          action: "commitment.assignOwners",
          entity: "Commitment",
          before: { leadDepartmentId: null, supportingDepartmentIds: [], responsibleUserId: null, version: 1 },
          after: { leadDepartmentId: 3, supportingDepartmentIds: [], responsibleUserId: 12, version: 2 },
          at: new Date("2023-06-30T06:05:00.000Z"),
          actor: { displayName: "系统管理员", disabled: true },
        },
      ],
      // The commitment's current owners (nullable) name the ids when the admin lists are not loaded.
      { t: translator("zh"), locale: "zh", unit: "个", comparator: "AT_LEAST", departments: [{ id: 3, name: "市发展改革委" }, null], users: [null, { id: 12, displayName: "王建国" }] },
    );
    expect(row).toEqual({
      id: "42",
      at: "2023-06-30 14:05:00",
      actor: "系统管理员",
      actorDisabled: true,
      code: "commitment.assignOwners",
      action: "设置责任分工",
      changes: [
        { field: "leadDepartmentId", label: "牵头单位", before: "—", after: "市发展改革委", lang: "zh-CN" },
        { field: "responsibleUserId", label: "责任人", before: "—", after: "王建国", lang: "zh-CN" },
      ],
    });
  });
});
