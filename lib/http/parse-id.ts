/** A positive integer id from a URL segment or query value, or null for anything else. */
export function parseId(value: string | string[] | undefined | null): number | null {
  if (typeof value !== "string" || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}
