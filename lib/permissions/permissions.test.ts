import { describe, expect, it } from "vitest";
import { PERMISSIONS, can } from "./permissions";

describe("the permissions table", () => {
  it("fails closed: no actor, an unknown action, or a prototype key is denied", () => {
    expect(can(null, "user.manage")).toBe(false);
    expect(can(undefined, "report.view")).toBe(false);
    expect(can({ role: "ADMIN" }, "report.publish")).toBe(false);
    expect(can({ role: "ADMIN" }, "constructor")).toBe(false);
    expect(can({ role: "ADMIN" }, "__proto__")).toBe(false);
  });

  it("gives user and department management to admins only", () => {
    for (const action of ["user.manage", "department.manage", "report.import", "commitment.assignOwners"] as const) {
      expect(PERMISSIONS[action]).toEqual(["ADMIN"]);
    }
  });

  it("lets only officials submit updates and only reviewers review them", () => {
    expect(PERMISSIONS["update.submit"]).toEqual(["OFFICIAL"]);
    expect(PERMISSIONS["update.review"]).toEqual(["REVIEWER"]);
    expect(can({ role: "REVIEWER" }, "update.submit")).toBe(false);
    expect(can({ role: "ADMIN" }, "update.review")).toBe(false);
  });

  it("lets every role read", () => {
    for (const role of ["ADMIN", "REVIEWER", "OFFICIAL", "VIEWER"] as const) {
      expect(can({ role }, "commitment.view")).toBe(true);
      expect(can({ role }, "report.view")).toBe(true);
    }
  });
});
