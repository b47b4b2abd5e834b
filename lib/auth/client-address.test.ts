import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";

const from = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address });

describe("the address a sign-in came from", () => {
  it("is read only where the production server sets it from the socket", () => {
    expect(clientAddress(from("203.0.113.9"), true)).toBe("203.0.113.9");
    // Under next dev / next start a client could write any address there.
    expect(clientAddress(from("203.0.113.9"), false)).toBeNull();
    // Nor is it read where the production server has not marked the process (a test, next dev).
    expect(clientAddress(from("203.0.113.9"))).toBeNull();
    expect(clientAddress({}, true)).toBeNull();
    expect(clientAddress(undefined, true)).toBeNull();
  });

  it("reads an IPv4 address written the IPv6 way as itself", () => {
    expect(clientAddress(from("::ffff:203.0.113.9"), true)).toBe("203.0.113.9");
  });

  it("stands an IPv6 address for its /64, however it is written", () => {
    expect(clientAddress(from("2001:db8:0:1:a:b:c:d"), true)).toBe("2001:db8:0:1::/64");
    expect(clientAddress(from("2001:db8:0:1::9"), true)).toBe("2001:db8:0:1::/64");
    expect(clientAddress(from("2001:0db8::1"), true)).toBe("2001:db8:0:0::/64");
    expect(clientAddress(from("::1"), true)).toBe("0:0:0:0::/64");
  });
});
