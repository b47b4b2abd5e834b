import { describe, expect, it } from "vitest";
import { SESSION_LIFETIME_SECONDS, sessionOutlived } from "./session-lifetime";

describe("a session's lifetime", () => {
  const signedInAt = 1_700_000_000;
  it("lasts a day from signing in, however often the session is used", () => {
    expect(sessionOutlived(signedInAt, (signedInAt + SESSION_LIFETIME_SECONDS) * 1000)).toBe(false);
    expect(sessionOutlived(signedInAt, (signedInAt + SESSION_LIFETIME_SECONDS + 1) * 1000)).toBe(true);
  });

  it("is over for a session signed in before it was kept (one that could be neither bounded nor signed out)", () => {
    expect(sessionOutlived(undefined, Date.now())).toBe(true);
  });
});
