// The address a request came from, for the login throttle (lib/auth/client-address.ts). Plain
// JavaScript: the production server (scripts/serve.mjs) runs where only the build is.
//
// The socket's own address, unless it is one of the reverse proxies the operator names in
// DUBAN_TRUSTED_PROXIES (comma-separated addresses). From a trusted proxy, the client is the
// right-most address in X-Forwarded-For that is not itself a trusted proxy: each proxy appends the
// address it saw, so what lies left of that was written by the client and could be anything.

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
    if (!trusted.has(plain(hops[i]))) return hops[i];
  }
  // Only proxies (or no header): the nearest of them is all that is known.
  return hops[0] ?? socket;
}
