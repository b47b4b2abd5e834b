// The address a request came from, for the login throttle (lib/auth/client-address.ts). Plain
// JavaScript: the production server (scripts/serve.mjs) runs where only the build is.
//
// The socket's own address, unless it is one of the reverse proxies the operator names in
// DUBAN_TRUSTED_PROXIES (comma-separated addresses). From a trusted proxy, the client is the
// right-most address in X-Forwarded-For that is not itself a trusted proxy: each proxy appends the
// address it saw, so what lies left of that was written by the client and could be anything. The
// proxy must append to the header or overwrite it (nginx: $proxy_add_x_forwarded_for or
// $remote_addr), never pass a client's own through alone.

import { isIP } from "node:net";

/**
 * An address as a proxy may write it, without its port ("203.0.113.9:5123", "[2001:db8::1]:443"),
 * or null when it is no address at all ("unknown", garbage a client sent): a port would make
 * every connection an address of its own to the throttle.
 */
function hopAddress(hop) {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop);
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(hop);
  const address = bracketed ? bracketed[1] : v4WithPort ? v4WithPort[1] : hop;
  return isIP(address) ? address : null;
}

/** "::ffff:10.0.0.5" is the IPv4 10.0.0.5 (a dual-stack socket writes IPv4 peers that way). */
function plain(address) {
  const v4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return (v4 ? v4[1] : address).toLowerCase();
}

/** The set of trusted proxy addresses from the environment variable's text. */
export function trustedProxies(text) {
  return new Set(
    String(text ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map(plain),
  );
}

/**
 * @param {string | undefined} socketAddress req.socket.remoteAddress
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s)
 * @param {Set<string>} trusted trustedProxies(process.env.DUBAN_TRUSTED_PROXIES)
 */
export function forwardedClient(socketAddress, forwardedFor, trusted) {
  const socket = socketAddress ?? "";
  if (!trusted.has(plain(socket))) return socket;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = hopAddress(hops[i]);
    // Not an address where the client's should be: nothing to believe, the proxy's own it is.
    if (address === null) return socket;
    if (!trusted.has(plain(address))) return address;
  }
  // Only proxies (or no header): the first of them, the one the client reached, is all that is known.
  return (hops.length > 0 && hopAddress(hops[0])) || socket;
}
