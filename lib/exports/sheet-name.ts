// Excel refuses sheet names longer than 31 characters, with []:*?/\ in them, starting or ending
// with an apostrophe, or equal to another sheet's name ignoring case.
const MAX_LENGTH = 31;

/** A valid sheet name from `wanted`, unique among `used` (which it is added to). */
export function uniqueSheetName(wanted: string, used: Set<string>): string {
  const cleaned = wanted.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").replace(/\s+/g, " ").trim() || "Sheet";
  // A name cut short says so ("…"): a section's title cut mid-word read as a whole one.
  const cut = (room: number) => (cleaned.length <= room ? cleaned : `${cleaned.slice(0, room - 1).trim()}…`);
  let name = cut(MAX_LENGTH);
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${cut(MAX_LENGTH - suffix.length)}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}
