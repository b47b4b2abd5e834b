import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_FLAG, CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address";

const trusted = { [CLIENT_ADDRESS_FLAG]: "1" };
const from = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address });

describe("the address a sign-in came from", () => {
  it("is read only where the production server sets it from the socket", () => {
    expect(clientAddress(from("203.0.113.9"), trusted)).toBe("203.0.113.9");
    // Under next dev / next start a client could write any address there.
    expect(clientAddress(from("203.0.113.9"), {})).toBeNull();
    expect(clientAddress({}, trusted)).toBeNull();
    expect(clientAddress(undefined, trusted)).toBeNull();
  });

  it("reads an IPv4 address written the IPv6 way as itself", () => {
    expect(clientAddress(from("::ffff:203.0.113.9"), trusted)).toBe("203.0.113.9");
  });

  it("stands an IPv6 address for its /64, however it is written", () => {
    expect(clientAddress(from("2001:db8:0:1:a:b:c:d"), trusted)).toBe("2001:db8:0:1::/64");
    expect(clientAddress(from("2001:db8:0:1::9"), trusted)).toBe("2001:db8:0:1::/64");
    expect(clientAddress(from("2001:0db8::1"), trusted)).toBe("2001:db8:0:0::/64");
    expect(clientAddress(from("::1"), trusted)).toBe("0:0:0:0::/64");
  });
});
