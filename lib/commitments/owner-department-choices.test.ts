import { describe, expect, it } from "vitest";
import { ownerDepartmentChoices } from "./owner-department-choices";

const all = [
  { id: 1, name: "市发展改革委", active: true },
  { id: 2, name: "市旧局", active: false },
  { id: 3, name: "市停用局", active: false },
];

describe("the departments the owners form offers", () => {
  it("are the active ones, and an inactive one only where the commitment already has it, marked", () => {
    expect(ownerDepartmentChoices(all, { leadDepartmentId: 2, supportingDepartmentIds: [] }, "（已停用）")).toEqual([
      { id: 1, name: "市发展改革委", lang: "zh-CN" },
      { id: 2, name: "市旧局（已停用）" },
    ]);
    expect(ownerDepartmentChoices(all, { leadDepartmentId: null, supportingDepartmentIds: [3] }, "（已停用）").map((d) => d.id)).toEqual([1, 3]);
    expect(ownerDepartmentChoices(all, { leadDepartmentId: 1, supportingDepartmentIds: [] }, "（已停用）").map((d) => d.id)).toEqual([1]);
  });
});
