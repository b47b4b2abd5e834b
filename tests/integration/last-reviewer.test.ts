import { describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/execute-action";
import { executeAction } from "@/lib/actions/execute-action";
import { can } from "@/lib/permissions/permissions";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { updateUser } from "@/lib/users/update-user";
import { runChildInOwnDatabase } from "./run-child-in-own-database";
import { actorFor } from "./support";

const LAST_REVIEWER = "这是系统中最后一位启用中的督查审核员，不能改为其他角色：审核进展、决定延期和调整申请、核验和催办只有审核员能做（管理员也不能）。请先新建或启用另一位审核员。";
const LAST_REVIEWER_DISABLED = "这是系统中最后一位启用中的督查审核员，不能停用：审核进展、决定延期和调整申请、核验和催办只有审核员能做（管理员也不能）。请先新建或启用另一位审核员。";

describe("the last active reviewer", () => {
  it("is needed because an admin cannot review: the review permissions are the reviewers' alone", () => {
    for (const action of ["update.review", "changeRequest.review", "commitment.verify", "commitment.closeUnmet", "reminder.send"]) {
      expect(can({ role: "ADMIN" }, action)).toBe(false);
      expect(can({ role: "REVIEWER" }, action)).toBe(true);
    }
  });

  it("may be made an admin or disabled while another reviewer is active", async () => {
    // In the shared database other tests' reviewers are always there.
    const admin = await actorFor({ role: "ADMIN" });
    const [one, two] = [await actorFor({ role: "REVIEWER" }), await actorFor({ role: "REVIEWER" })];
    expect(await executeAction(updateUser, admin, { userId: one.id, displayName: one.displayName, role: "ADMIN", departmentId: "" })).toMatchObject({ ok: true, data: { role: "ADMIN" } });
    expect(await executeAction(setUserDisabled, admin, { userId: two.id, disabled: "true" })).toMatchObject({ ok: true });
  });

  it("cannot be given another role or disabled, even by two admins taking the last two away at the same moment", { timeout: 120_000 }, async () => {
    // A database of its own: in the shared one, other tests' reviewers are always there.
    const out = await runChildInOwnDatabase<Record<"promotions" | "disablings" | "alone", ActionResult<unknown>[]> & Record<"afterPromotions" | "afterDisablings" | "afterAlone", number>>("duban_last_reviewer", "last-reviewer.ts");
    expect(out.promotions.filter((r) => r.ok)).toHaveLength(1);
    expect(out.promotions.find((r) => !r.ok)).toMatchObject({ kind: "invalid", fieldErrors: { role: [LAST_REVIEWER] } });
    expect(out.afterPromotions).toBe(1);
    expect(out.disablings.filter((r) => r.ok)).toHaveLength(1);
    expect(out.disablings.find((r) => !r.ok)).toMatchObject({ kind: "invalid", message: LAST_REVIEWER_DISABLED });
    expect(out.afterDisablings).toBe(1);
    expect(out.alone).toMatchObject([
      { ok: false, kind: "invalid", fieldErrors: { role: [LAST_REVIEWER] } },
      { ok: false, kind: "invalid", message: LAST_REVIEWER_DISABLED },
      { ok: true },
    ]);
    expect(out.afterAlone).toBe(1);
  });
});
