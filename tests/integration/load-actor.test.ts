import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/auth-options";
import { endSession } from "@/lib/auth/end-session";
import { loadActor } from "@/lib/auth/load-actor";
import { SESSION_LIFETIME_SECONDS } from "@/lib/auth/session-lifetime";
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

// A session signed out is over wherever its cookie still is; the user's other sessions go on.
describe("a signed-out session", () => {
  it("is refused by its id, and only it", async () => {
    const user = await actorFor({ role: "VIEWER" });
    const [kept, ended] = ["sid-kept-" + user.id, "sid-ended-" + user.id];
    expect(await loadActor(user.id, 0, ended)).not.toBeNull();
    await endSession({ uid: user.id, sid: ended, signedInAt: Math.floor(Date.now() / 1000) });
    expect(await loadActor(user.id, 0, ended)).toBeNull();
    expect(await loadActor(user.id, 0, kept)).not.toBeNull();
    // Sessions from before session ids existed carry none, and are not refused for it.
    expect(await loadActor(user.id, 0)).not.toBeNull();
    // Signing out twice (two tabs) is the same sign-out.
    await endSession({ uid: user.id, sid: ended, signedInAt: Math.floor(Date.now() / 1000) });
    expect(await db.endedSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("is kept until its lifetime is over, then cleared by a later sign-out", async () => {
    const user = await actorFor({ role: "VIEWER" });
    const now = new Date();
    const longAgo = Math.floor(now.getTime() / 1000) - SESSION_LIFETIME_SECONDS - 600;
    await endSession({ uid: user.id, sid: `sid-old-${user.id}`, signedInAt: longAgo }, new Date(now.getTime() - 120_000));
    const old = await db.endedSession.findUniqueOrThrow({ where: { sid: `sid-old-${user.id}` } });
    // Signed out two minutes ago, when its lifetime was over already: kept no longer than that.
    expect(old.expiresAt.getTime()).toBe(now.getTime() - 120_000);
    await endSession({ uid: user.id, sid: `sid-new-${user.id}`, signedInAt: Math.floor(now.getTime() / 1000) }, now);
    expect((await db.endedSession.findMany({ where: { userId: user.id }, select: { sid: true } })).map((r) => r.sid)).toEqual([`sid-new-${user.id}`]);
    const fresh = await db.endedSession.findUniqueOrThrow({ where: { sid: `sid-new-${user.id}` } });
    expect(fresh.expiresAt.getTime()).toBe((Math.floor(now.getTime() / 1000) + SESSION_LIFETIME_SECONDS) * 1000);
  });

  it("is refused by next-auth's own session route too, which would otherwise renew its cookie", async () => {
    const user = await actorFor({ role: "VIEWER" });
    const now = Math.floor(Date.now() / 1000);
    const token = { uid: user.id, loginName: user.loginName, role: user.role, departmentId: null, sv: 0, sid: `sid-route-${user.id}`, signedInAt: now };
    const jwt = (t: typeof token | Omit<typeof token, "signedInAt">) => authOptions.callbacks!.jwt!({ token: t, account: null, user: undefined as never });
    await expect(jwt(token)).resolves.toMatchObject({ uid: user.id });
    await endSession(token);
    await expect(jwt(token)).rejects.toThrow();
    // Past its lifetime, or from before lifetimes were kept: over as well.
    await expect(jwt({ ...token, sid: `sid-old-${user.id}`, signedInAt: now - SESSION_LIFETIME_SECONDS - 1 })).rejects.toThrow();
    const { signedInAt: _signedInAt, ...older } = token;
    await expect(jwt({ ...older, sid: `sid-older-${user.id}` })).rejects.toThrow();
  });
});
