import { describe, expect, it } from "vitest";
import { bulkLead } from "./bulk-lead";
import type { ReviewRow } from "./review-types";

const row = (key: string, rejected = false, owners: Partial<ReviewRow> = {}): ReviewRow => ({
  key, section: "二", theme: null, kind: "numeric", start: 0, end: 1, indicator: key, value: "1", min: "", max: "", unit: "个",
  comparator: "=", deadline: "2023-12-31", deadlineStated: false, deadlineSetByAdmin: false, leadDepartmentId: null, supportingDepartmentIds: [],
  responsibleUserId: null, rejected, reportDeadline: null, ...owners,
});

describe("a lead department set on the selected rows at once", () => {
  it("goes on the selected rows that will be imported, not on the rejected ones, which are counted", () => {
    const rows = [row("a"), row("b", true, { leadDepartmentId: 3 }), row("c"), row("d")];
    const { patches, rejectedLeft } = bulkLead(rows, new Set(["a", "b", "c"]), 7, []);
    expect([...patches.keys()]).toEqual(["a", "c"]);
    expect(patches.get("a")).toMatchObject({ leadDepartmentId: 7 });
    expect(rejectedLeft).toBe(1);
  });
  it("as the editor sets it: the lead taken off the supporting departments, an official of another department let go", () => {
    const officials = [{ id: 11, departmentId: 5 }];
    const { patches } = bulkLead([row("a", false, { supportingDepartmentIds: [7, 8], responsibleUserId: 11, leadDepartmentId: 5 })], new Set(["a"]), 7, officials);
    expect(patches.get("a")).toEqual({ leadDepartmentId: 7, responsibleUserId: null, supportingDepartmentIds: [8] });
  });
});
