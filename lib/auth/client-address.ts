/**
 * The header the production server (scripts/serve.mjs) sets to the address the request came
 * from, overwriting whatever a client sent under that name. Absent under `next dev`: callers then
 * do without an address.
 */
export const CLIENT_ADDRESS_HEADER = "x-duban-client-address";

/** The request's address as the server saw it, or null when it is not known. */
export function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && value !== "" ? value : null;
}
