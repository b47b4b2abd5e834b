import { describe, expect, it } from "vitest";
import { forwardedClient, trustedProxies } from "./forwarded-client.mjs";

describe("the client address behind a trusted reverse proxy", () => {
  const proxies = trustedProxies(" 10.0.0.2, 10.0.0.3 ,");

  it("is the socket's address when no proxy is trusted, whatever the header says", () => {
    expect(forwardedClient("203.0.113.9", "198.51.100.1", trustedProxies(undefined))).toBe("203.0.113.9");
    expect(forwardedClient("::ffff:203.0.113.9", "198.51.100.1", trustedProxies(""))).toBe("::ffff:203.0.113.9");
  });

  it("is the socket's address when the request did not come through a trusted proxy", () => {
    expect(forwardedClient("203.0.113.9", "198.51.100.1", proxies)).toBe("203.0.113.9");
  });

  it("is the right-most address the trusted proxies did not write: what a client puts first is not believed", () => {
    expect(forwardedClient("10.0.0.2", "203.0.113.9", proxies)).toBe("203.0.113.9");
    // A guesser writes X-Forwarded-For: 1.2.3.4; the proxy appends the address it saw.
    expect(forwardedClient("10.0.0.2", "1.2.3.4, 203.0.113.9", proxies)).toBe("203.0.113.9");
    // Two proxies in a row (an outer one at 10.0.0.3), a dual-stack socket, repeated headers.
    expect(forwardedClient("::ffff:10.0.0.2", ["1.2.3.4, 203.0.113.9", "10.0.0.3"], proxies)).toBe("203.0.113.9");
  });

  it("reads an address written with its port, and believes nothing that is not an address", () => {
    expect(forwardedClient("10.0.0.2", "203.0.113.9:5123", proxies)).toBe("203.0.113.9");
    expect(forwardedClient("10.0.0.2", "[2001:db8::1]:443", proxies)).toBe("2001:db8::1");
    expect(forwardedClient("10.0.0.2", "unknown", proxies)).toBe("10.0.0.2");
    expect(forwardedClient("10.0.0.2", "1.2.3.4, <script>", proxies)).toBe("10.0.0.2");
  });

  it("falls back to what is known when the proxy sent no address", () => {
    expect(forwardedClient("10.0.0.2", undefined, proxies)).toBe("10.0.0.2");
    expect(forwardedClient("10.0.0.2", "10.0.0.3", proxies)).toBe("10.0.0.3");
  });
});
