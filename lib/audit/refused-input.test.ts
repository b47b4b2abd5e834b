import { describe, expect, it } from "vitest";
import { ZRequestChange } from "@/lib/change-requests/types";
import { ZSubmitUpdate } from "@/lib/updates/types";
import { ZBulkAssignOwners } from "@/lib/commitments/types";
import { ZChangeOwnPassword, ZCreateUser, ZResetUserPassword, ZSetUserDisabled } from "@/lib/users/types";
import { refusedInput } from "./refused-input";

describe("refusedInput: what of a refused action's input the audit trail keeps", () => {
  it("keeps the role an account was to be created with and its department, never the password or the names typed", () => {
    const input = ZCreateUser.parse({ loginName: "would.be", displayName: "越权管理员", role: "ADMIN", departmentId: "3", password: "a-long-secret-passphrase" });
    expect(refusedInput(ZCreateUser, input)).toEqual({ role: "ADMIN", departmentId: 3 });
  });

  it("never keeps a password, whatever it looks like (an all-capital one reads like a choice)", () => {
    expect(refusedInput(ZResetUserPassword, { userId: 5, password: "ADMIN_PASSWORD" })).toEqual({ userId: 5 });
    expect(refusedInput(ZChangeOwnPassword, { currentPassword: "X", newPassword: "ADMIN", confirmPassword: "ADMIN" })).toEqual({});
  });

  it("keeps yes/no choices and ids as parsed, and reads them from the raw input when it did not parse", () => {
    expect(refusedInput(ZSetUserDisabled, ZSetUserDisabled.parse({ userId: "7", disabled: "true" }))).toEqual({ userId: 7, disabled: true });
    // Malformed: the id as a number, a choice only if it is one of the list's.
    expect(refusedInput(ZSetUserDisabled, { userId: " 7 ", disabled: "maybe" })).toEqual({ userId: 7 });
    expect(refusedInput(ZSetUserDisabled, { userId: "7; DROP TABLE", disabled: "false" })).toEqual({ disabled: "false" });
  });

  it("keeps a bulk action's lists of ids, and nothing the schema does not name", () => {
    const input = { commitmentIds: ["3", "4", "x", "-1"], leadDepartmentId: "2", addSupportingDepartmentIds: "", responsibleUserId: "", smuggledId: "9" };
    expect(refusedInput(ZBulkAssignOwners, input)).toEqual({ commitmentIds: [3, 4], leadDepartmentId: 2 });
  });

  it("keeps the kind of request and the commitment, not the reason or figures typed", () => {
    const input = { commitmentId: "12", kind: "ADJUST_TARGET", proposedValue: "900", reason: "资金未到位" };
    expect(refusedInput(ZRequestChange, input)).toEqual({ commitmentId: 12, kind: "ADJUST_TARGET" });
    expect(refusedInput(ZRequestChange, { ...input, kind: "SOMETHING_ELSE" })).toEqual({ commitmentId: 12 });
  });

  it("keeps none of the hints a form sends about the record as it was drawn (QA: 'expects：NUMERIC / lowest：-100' in a refusal's record)", () => {
    const request = { commitmentId: "99", kind: "EXTEND_DEADLINE", reason: "延期", expects: "NUMERIC", currentComparator: "GROWTH", currentDeadline: "2023-12-31", currentShare: "1" };
    expect(refusedInput(ZRequestChange, request)).toEqual({ commitmentId: 99, kind: "EXTEND_DEADLINE" });
    const reading = { commitmentId: "99", asOf: "2023-06-30", actualValue: "5", narrative: "进展", expects: "NUMERIC", lowest: "-100", reportYear: "2023", share: "1", unit: "%" };
    expect(refusedInput(ZSubmitUpdate, reading)).toEqual({ commitmentId: 99 });
  });

  it("keeps nothing of what is not an object", () => {
    expect(refusedInput(ZCreateUser, "role=ADMIN")).toEqual({});
    expect(refusedInput(ZCreateUser, [{ role: "ADMIN" }])).toEqual({});
    expect(refusedInput(ZCreateUser, null)).toEqual({});
  });
});
