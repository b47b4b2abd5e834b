import { describe, expect, it } from "vitest";
import { matchingChoices, toggled } from "./check-list-filter";

// Departments of Luoyang's city government, as the seed names them.
const departments = [
  { id: 2, label: "市发展改革委" },
  { id: 18, label: "市农业农村局" },
  { id: 17, label: "市水利局" },
  { id: 30, label: "市乡村振兴局（已停用）" },
  { id: 40, label: "Luoyang Test Office" },
];

describe("the check list's filter", () => {
  it("keeps the departments whose name holds what was typed", () => {
    expect(matchingChoices(departments, "农业").map((d) => d.id)).toEqual([18]);
    expect(matchingChoices(departments, "局").map((d) => d.id)).toEqual([18, 17, 30]);
  });

  it("reads spaces as parting words, each of which must be in the name, in any order", () => {
    expect(matchingChoices(departments, " 局  农村 ").map((d) => d.id)).toEqual([18]);
    expect(matchingChoices(departments, "农业 水利")).toEqual([]);
  });

  it("offers everything while nothing but spaces is typed, and ignores case", () => {
    expect(matchingChoices(departments, "   ")).toEqual(departments);
    expect(matchingChoices(departments, "test OFFICE").map((d) => d.id)).toEqual([40]);
  });

  it("treats what is typed as text, not as a pattern", () => {
    expect(matchingChoices(departments, "（已停用）").map((d) => d.id)).toEqual([30]);
    expect(matchingChoices(departments, ".*")).toEqual([]);
  });
});

describe("ticking in the check list", () => {
  it("adds one without dropping the others, and takes off only the one unticked", () => {
    expect(toggled([2, 17], 18, true)).toEqual([2, 17, 18]);
    expect(toggled([2, 17, 18], 17, false)).toEqual([2, 18]);
    expect(toggled([2], 2, true)).toEqual([2]);
  });
});
