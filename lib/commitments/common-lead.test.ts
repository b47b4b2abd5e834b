import { describe, expect, it } from "vitest";
import { commonLead } from "./common-lead";

const rows = [
  { id: 1, leadDepartmentId: 7 },
  { id: 2, leadDepartmentId: 7 },
  { id: 3, leadDepartmentId: 9 },
  { id: 4, leadDepartmentId: null },
];

describe("the lead department the ticked commitments share (the bulk form's officials then)", () => {
  it("is the lead they all have", () => {
    expect(commonLead([1, 2], rows)).toBe(7);
    expect(commonLead([3], rows)).toBe(9);
  });
  it("is none while nothing is ticked, when two leads are mixed, or one has none", () => {
    expect(commonLead([], rows)).toBeNull();
    expect(commonLead([1, 3], rows)).toBeNull();
    expect(commonLead([4], rows)).toBeNull();
    expect(commonLead([1, 4], rows)).toBeNull();
  });
  it("is none for a row it does not know (not on this page)", () => {
    expect(commonLead([1, 99], rows)).toBeNull();
  });
});
