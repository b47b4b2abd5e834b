import { describe, expect, it } from "vitest";
import { sectionGroups } from "./section-groups";

// Luoyang 2023 (report 1) and the State Council's 2023 report (report 2) listed together, in
// report order: both have a section 二, which are different sections.
const rows = [
  { id: 10, reportId: 1, sectionCode: "二" },
  { id: 11, reportId: 1, sectionCode: "二" },
  { id: 12, reportId: 1, sectionCode: "三(一)" },
  { id: 20, reportId: 2, sectionCode: "二" },
  { id: 21, reportId: 2, sectionCode: "二" },
];

describe("the list's section groups", () => {
  it("open a group at each section, and at each report's first section even with the same code", () => {
    expect(sectionGroups(rows, true).map((g) => [g.heading?.id, g.rows.map((r) => r.id)])).toEqual([
      [10, [10, 11]],
      [12, [12]],
      [20, [20, 21]],
    ]);
  });

  it("mark the groups where a report's rows begin: the page's first, and each change of report", () => {
    expect(sectionGroups(rows, true).map((g) => g.opensReport)).toEqual([true, false, true]);
  });

  it("are one group without headings when the list is not in report order", () => {
    expect(sectionGroups(rows, false)).toEqual([{ key: "all", heading: null, opensReport: false, rows }]);
  });
});
