import { describe, expect, it } from "vitest";
import { referencedDepartmentIds, referencedUserIds } from "./referenced-user-ids";

describe("referencedUserIds", () => {
  it("collects the responsible officials an owners change names, before and after, once each", () => {
    const events = [
      { entity: "Commitment", before: { leadDepartmentId: 2, responsibleUserId: 17, version: 3 }, after: { leadDepartmentId: 5, responsibleUserId: 41, version: 4 } },
      { entity: "Commitment", before: { responsibleUserId: 41 }, after: { responsibleUserId: null } },
    ];
    expect(referencedUserIds(events)).toEqual([17, 41]);
  });

  it("ignores fields that are not people (department ids, figures) and events without owners", () => {
    const events = [
      { entity: "ProgressUpdate", before: null, after: { id: 9, commitmentId: 3, actualValue: "12" } },
      { entity: "Commitment", before: { leadDepartmentId: 2 }, after: { leadDepartmentId: 5 } },
      { entity: "Commitment", before: [], after: "text" },
    ];
    expect(referencedUserIds(events)).toEqual([]);
  });

  it("finds the departments a history names too, supporters' lists included", () => {
    const events = [
      { entity: "Commitment", before: { leadDepartmentId: 2, supportingDepartmentIds: [7, 3] }, after: { leadDepartmentId: 5, supportingDepartmentIds: [3], mergedFrom: 2 } },
      { entity: "User", before: { departmentId: 9, displayName: "王建国" }, after: { departmentId: null } },
      { entity: "ProgressUpdate", before: null, after: { id: 9, commitmentId: 3 } },
    ];
    expect(referencedDepartmentIds(events)).toEqual([2, 3, 5, 7, 9]);
  });

  it("finds the departments and users the events are about, to name them as they were called then", () => {
    const events = [
      { entity: "Department", entityId: "31", before: null, after: { name: "市口岸办" } },
      { entity: "User", entityId: "44", before: null, after: { displayName: "口岸办 领导", departmentId: 31 } },
      { entity: "Commitment", entityId: "7", before: null, after: null },
    ];
    expect(referencedDepartmentIds(events)).toEqual([31]);
    expect(referencedUserIds(events)).toEqual([44]);
  });
});
