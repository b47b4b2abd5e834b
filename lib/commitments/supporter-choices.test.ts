import { describe, expect, it } from "vitest";
import { maySupport, supporterChoices } from "./supporter-choices";

// 洛阳 2023: 市发展改革委 (1) leads 重大项目, 市财政局 (2) and 市自然资源和规划局 (3) support it.
const departments = [
  { id: 1, name: "市发展改革委" },
  { id: 2, name: "市财政局" },
  { id: 3, name: "市自然资源和规划局" },
];

describe("the departments offered as supporters", () => {
  it("leave out the lead picked, and only it", () => {
    expect(supporterChoices(departments, 1).map((d) => d.name)).toEqual(["市财政局", "市自然资源和规划局"]);
    expect(maySupport(1, 1)).toBe(false);
    expect(maySupport(2, 1)).toBe(true);
  });

  it("are every department while no lead is picked", () => {
    expect(supporterChoices(departments, null)).toEqual(departments);
    expect(supporterChoices(departments, undefined)).toEqual(departments);
  });
});
