import { describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/load-actor";
import { actorFor, db, department } from "./support";

// The app shell shows the signed-in user's department from the actor itself, read with the user.
describe("loadActor", () => {
  it("carries the department's name as it is now, or null for a user without one", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { password: _password, ...expected } = official;
    expect(await loadActor(official.id)).toEqual({ ...expected, departmentName: dept.name });

    await db.department.update({ where: { id: dept.id }, data: { name: `${dept.name}（更名）` } });
    expect((await loadActor(official.id))?.departmentName).toBe(`${dept.name}（更名）`);

    const viewer = await actorFor({ role: "VIEWER" });
    expect((await loadActor(viewer.id))?.departmentName).toBeNull();
  });

  it("answers null for a disabled or missing user", async () => {
    const disabled = await actorFor({ role: "ADMIN", disabled: true });
    expect(await loadActor(disabled.id)).toBeNull();
    expect(await loadActor(2_000_000_000)).toBeNull();
  });
});
