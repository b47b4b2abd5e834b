/**
 * The header the production server (scripts/serve.mjs, `npm start`) sets to the address the
 * request came from, overwriting whatever a client sent under that name. Read only where that
 * server marks its process as setting it (a mark on `globalThis`, which no .env line can set):
 * under `next dev` a client could send any address it liked, and callers do without one.
 */
export const CLIENT_ADDRESS_HEADER = "x-duban-client-address";
const FROM_SOCKET = Symbol.for("duban.clientAddressFromSocket");

/** Whether this process is the production server that sets the header from the socket. */
function setBySocket(): boolean {
  return (globalThis as Record<symbol, unknown>)[FROM_SOCKET] === true;
}

/**
 * The request's address as the server saw it, or null when it is not known. An IPv4 address
 * written the IPv6 way (::ffff:203.0.113.9) is the IPv4 one; an IPv6 address stands for its /64,
 * the block one household or machine is given (counting each of its addresses apart would give
 * one guesser millions).
 */
export function clientAddress(headers: Record<string, unknown> | undefined, trusted: boolean = setBySocket()): string | null {
  if (!trusted) return null;
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  if (typeof value !== "string" || value === "") return null;
  const v4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (v4) return v4[1];
  return value.includes(":") ? ipv6Prefix64(value) : value;
}

/** The first four groups of an IPv6 address, written out in full ("2001:db8:0:0"). */
function ipv6Prefix64(address: string): string {
  const [head, tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
