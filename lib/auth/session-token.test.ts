import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { withSessionVersion } from "./session-token";

const secret = "a-test-secret-of-some-length-000000";

describe("withSessionVersion", () => {
  it("carries the user's own session over to the new version, keeping everything else", async () => {
    const token = await encode({ token: { uid: 7, loginName: "zhang", role: "VIEWER", departmentId: null, sv: 0, name: "张三" }, secret, maxAge: 60 });
    const carried = await withSessionVersion(token, { secret, userId: 7, sessionVersion: 1, maxAge: 60 });
    expect(await decode({ token: carried!, secret })).toMatchObject({ uid: 7, loginName: "zhang", role: "VIEWER", name: "张三", sv: 1 });
  });

  it("refuses another user's token and one sealed with another secret", async () => {
    const token = await encode({ token: { uid: 7, loginName: "zhang", role: "VIEWER", departmentId: null }, secret, maxAge: 60 });
    expect(await withSessionVersion(token, { secret, userId: 8, sessionVersion: 1, maxAge: 60 })).toBeNull();
    expect(await withSessionVersion(token, { secret: `${secret}-other`, userId: 7, sessionVersion: 1, maxAge: 60 })).toBeNull();
    expect(await withSessionVersion("not-a-token", { secret, userId: 7, sessionVersion: 1, maxAge: 60 })).toBeNull();
  });
});
