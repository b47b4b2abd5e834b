import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { FREE_FAILURES, NAME_FREE_FAILURES } from "@/lib/auth/login-throttle";
import { actorFor, db } from "./support";

describe("signing in", () => {
  it("accepts the right password and refuses a wrong one with the same answer as an unknown name", async () => {
    const user = await actorFor({ role: "VIEWER" });
    expect(await verifyCredentials(user.loginName.toUpperCase(), user.password)).toMatchObject({ ok: true, user: { id: user.id, role: "VIEWER" } });
    expect(await verifyCredentials(user.loginName, "wrong")).toEqual({ ok: false, refusal: { code: "INVALID" } });
    expect(await verifyCredentials("no-such-user-anywhere", "wrong")).toEqual({ ok: false, refusal: { code: "INVALID" } });
  });

  it("refuses a disabled user even with the right password", async () => {
    const user = await actorFor({ role: "OFFICIAL", disabled: true });
    expect(await verifyCredentials(user.loginName, user.password)).toEqual({ ok: false, refusal: { code: "DISABLED" } });
  });

  it("slows down repeated failures of one account, counting a parallel burst, and never blocks another account", async () => {
    const user = await actorFor({ role: "VIEWER" });
    const bystander = await actorFor({ role: "VIEWER" });
    await Promise.all(Array.from({ length: FREE_FAILURES }, () => verifyCredentials(user.loginName, "wrong")));
    const throttled = await verifyCredentials(user.loginName, user.password);
    expect(throttled.ok).toBe(false);
    if (!throttled.ok) {
      expect(throttled.refusal.code).toBe("THROTTLED");
      if (throttled.refusal.code === "THROTTLED") expect(throttled.refusal.seconds).toBeGreaterThan(0);
    }
    expect(await verifyCredentials(bystander.loginName, bystander.password)).toMatchObject({ ok: true });
  });

  it("checks at most the free attempts of a parallel burst: the rest are refused before their passwords are checked", async () => {
    const user = await actorFor({ role: "VIEWER" });
    const burst = await Promise.all(Array.from({ length: 4 * FREE_FAILURES }, () => verifyCredentials(user.loginName, "wrong")));
    const codes = burst.map((r) => (r.ok ? "OK" : r.refusal.code));
    expect(codes.filter((c) => c === "INVALID")).toHaveLength(FREE_FAILURES);
    expect(codes.filter((c) => c === "THROTTLED")).toHaveLength(3 * FREE_FAILURES);
  });

  it("lets the real user back in once the block has passed, and a success clears the count", async () => {
    const user = await actorFor({ role: "VIEWER" });
    for (let i = 0; i < FREE_FAILURES; i++) await verifyCredentials(user.loginName, "wrong");
    await db.loginThrottle.update({ where: { loginName: user.loginName }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    expect(await verifyCredentials(user.loginName, user.password)).toMatchObject({ ok: true });
    expect(await db.loginThrottle.findUnique({ where: { loginName: user.loginName } })).toBeNull();
  });

  // Addresses from the documentation ranges (RFC 5737): one guessing, one the real user's.
  const ATTACKER = "203.0.113.9";
  const OFFICE = "198.51.100.7";

  it("blocks guesses from one address without shutting the real user out at another", async () => {
    const user = await actorFor({ role: "ADMIN" });
    for (let i = 0; i < FREE_FAILURES; i++) await verifyCredentials(user.loginName, "wrong", ATTACKER);
    expect(await verifyCredentials(user.loginName, user.password, ATTACKER)).toMatchObject({ ok: false, refusal: { code: "THROTTLED" } });
    expect(await verifyCredentials(user.loginName, user.password, OFFICE)).toMatchObject({ ok: true });
    // The real user's success does not lift the block on the address that guessed.
    expect(await verifyCredentials(user.loginName, user.password, ATTACKER)).toMatchObject({ ok: false, refusal: { code: "THROTTLED" } });
  });

  it("gives each address a single attempt once guesses spread over many addresses pass the name's limit, and never locks the real user out", async () => {
    const user = await actorFor({ role: "ADMIN" });
    for (let i = 0; i < NAME_FREE_FAILURES; i++) await verifyCredentials(user.loginName, "wrong", `192.0.2.${i + 1}`);
    // Under attack: a fresh address gets one guess, then waits.
    expect(await verifyCredentials(user.loginName, "wrong", "198.18.0.1")).toEqual({ ok: false, refusal: { code: "INVALID" } });
    expect(await verifyCredentials(user.loginName, "wrong", "198.18.0.1")).toMatchObject({ ok: false, refusal: { code: "THROTTLED" } });
    // The real user, at their own address, still gets in; and that clears the name's count.
    expect(await verifyCredentials(user.loginName, user.password, OFFICE)).toMatchObject({ ok: true });
    expect(await db.loginThrottle.findUnique({ where: { loginName: user.loginName } })).toBeNull();
    expect(await db.loginThrottle.findUnique({ where: { loginName: `${user.loginName} ${OFFICE}` } })).toBeNull();
  });

  it("refuses a name no account could have without counting it anywhere (it could name another's key)", async () => {
    const user = await actorFor({ role: "ADMIN" });
    for (let i = 0; i < FREE_FAILURES + 2; i++) expect(await verifyCredentials(`${user.loginName} ${OFFICE}`, "wrong", ATTACKER)).toEqual({ ok: false, refusal: { code: "INVALID" } });
    expect(await db.loginThrottle.count({ where: { loginName: { startsWith: user.loginName } } })).toBe(0);
    expect(await verifyCredentials(user.loginName, user.password, OFFICE)).toMatchObject({ ok: true });
  });
});
