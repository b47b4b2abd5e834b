import { describe, expect, it } from "vitest";
import { responsibleFitsLead } from "./responsible-fits-lead";

describe("a responsible official answers to the lead department", () => {
  it("fits only an official of the lead department", () => {
    expect(responsibleFitsLead(3, 3)).toBe(true);
    expect(responsibleFitsLead(4, 3)).toBe(false);
  });
  it("fits nothing without a lead, nor an official without a department", () => {
    expect(responsibleFitsLead(3, null)).toBe(false);
    expect(responsibleFitsLead(null, null)).toBe(false);
    expect(responsibleFitsLead(undefined, undefined)).toBe(false);
    expect(responsibleFitsLead(null, 3)).toBe(false);
  });
});
