import { encode, type JWT } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./decode-session-token";

const secret = "a-test-secret-of-some-length-000000";

describe("decodeSessionToken", () => {
  it("reads what next-auth sealed, every time (the key is kept, not the token)", async () => {
    const token = await encode({ token: { uid: 7, loginName: "zhang", sv: 2 } as JWT, secret, maxAge: 60 });
    expect(await decodeSessionToken({ token, secret })).toMatchObject({ uid: 7, loginName: "zhang", sv: 2 });
    const other = await encode({ token: { uid: 8 } as JWT, secret, maxAge: 60 });
    expect(await decodeSessionToken({ token: other, secret })).toMatchObject({ uid: 8 });
  });

  it("refuses a token sealed with another secret, an expired one and garbage", async () => {
    const token = await encode({ token: { uid: 7 } as JWT, secret, maxAge: 60 });
    await expect(decodeSessionToken({ token, secret: `${secret}-other` })).rejects.toThrow();
    // Expired beyond next-auth's 15 s of clock tolerance.
    const expired = await encode({ token: { uid: 7 } as JWT, secret, maxAge: -20 });
    await expect(decodeSessionToken({ token: expired, secret })).rejects.toThrow();
    await expect(decodeSessionToken({ token: "not-a-token", secret })).rejects.toThrow();
  });

  it("reads nothing without a secret: a key derived from an unset or empty one would be anyone's", async () => {
    const forged = await encode({ token: { uid: 1 } as JWT, secret: "undefined", maxAge: 60 });
    await expect(decodeSessionToken({ token: forged, secret: undefined as unknown as string })).rejects.toThrow(/NEXTAUTH_SECRET/);
    await expect(decodeSessionToken({ token: forged, secret: "" })).rejects.toThrow(/NEXTAUTH_SECRET/);
  });

  it("accepts a token expired by less than next-auth's 15 s of clock tolerance", async () => {
    const justExpired = await encode({ token: { uid: 7 } as JWT, secret, maxAge: -5 });
    expect(await decodeSessionToken({ token: justExpired, secret })).toMatchObject({ uid: 7 });
  });

  it("answers null when there is no cookie", async () => {
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });
});
