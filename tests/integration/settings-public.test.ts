import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { listPublicProgress } from "@/lib/public/list-public-progress";
import { getSettings } from "@/lib/settings/get-settings";
import { updateSettings } from "@/lib/settings/update-settings";
import { actorFor, db } from "./support";

describe("settings", () => {
  it("are changed by admins only, validated, audited", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const reviewer = await actorFor({ role: "REVIEWER" });
    expect(await executeAction(updateSettings, reviewer, { publicPageEnabled: "on", staleAfterDays: "30" })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await executeAction(updateSettings, admin, { staleAfterDays: "3" })).toMatchObject({ ok: false, kind: "invalid" });
    const before = await getSettings();
    expect(await executeAction(updateSettings, admin, { staleAfterDays: "60" })).toMatchObject({ ok: true });
    expect(await getSettings()).toEqual({ publicPageEnabled: false, staleAfterDays: 60 });
    // Typed with a Chinese input method; then saved again as they are: nothing written, nothing logged.
    expect(await executeAction(updateSettings, admin, { staleAfterDays: "６０" })).toMatchObject({ ok: true, data: { changed: false } });
    const logged = await db.auditEvent.count({ where: { action: "settings.update" } });
    expect(await executeAction(updateSettings, admin, { staleAfterDays: "60" })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await db.auditEvent.count({ where: { action: "settings.update" } })).toBe(logged);
    expect(await executeAction(updateSettings, admin, { staleAfterDays: "５０" })).toMatchObject({ ok: true, data: { changed: true, staleAfterDays: 50 } });
    expect(await executeAction(updateSettings, admin, { publicPageEnabled: before.publicPageEnabled ? "on" : "", staleAfterDays: String(before.staleAfterDays) })).toMatchObject({ ok: true });
  });
});

describe("the public progress page's data", () => {
  it("holds approved figures and department names only, nothing about people", async () => {
    const data = await listPublicProgress("2023-07-01");
    expect(data).not.toBeNull();
    const keys = Object.keys(data!.rows[0]);
    for (const forbidden of ["responsibleUserId", "responsibleUser", "narrative", "author", "reviewer"]) expect(keys).not.toContain(forbidden);
  });
});
