import { describe, expect, it } from "vitest";
import { describeChanges } from "./describe-changes";

describe("describeChanges", () => {
  it("lists only the fields that changed, ignoring the lock version", () => {
    expect(describeChanges({ leadDepartmentId: 1, supportingDepartmentIds: [], version: 1 }, { leadDepartmentId: 2, supportingDepartmentIds: [], version: 2 })).toEqual([
      { field: "leadDepartmentId", before: "1", after: "2" },
    ]);
  });
  it("shows creations and deletions against an empty side", () => {
    expect(describeChanges(null, { state: "SUBMITTED" })).toEqual([{ field: "state", before: "—", after: "SUBMITTED" }]);
    expect(describeChanges({ tags: ["a", "b"] }, undefined)).toEqual([{ field: "tags", before: "a、b", after: "—" }]);
  });
  it("keeps hostile text as plain text for React to escape", () => {
    expect(describeChanges({}, { narrative: "<script>alert(1)</script>" })[0].after).toBe("<script>alert(1)</script>");
  });
});
