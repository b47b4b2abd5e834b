// Excel refuses sheet names longer than 31 characters, with []:*?/\ in them, starting or ending
// with an apostrophe, or equal to another sheet's name ignoring case.
const MAX_LENGTH = 31;

/** A valid sheet name from `wanted`, unique among `used` (which it is added to). */
export function uniqueSheetName(wanted: string, used: Set<string>): string {
  const cleaned = wanted.replace(/[[\]:*?/\\]/g, " ").replace(/^'+|'+$/g, "").replace(/\s+/g, " ").trim() || "Sheet";
  let name = cleaned.slice(0, MAX_LENGTH).trim();
  for (let n = 2; used.has(name.toLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${cleaned.slice(0, MAX_LENGTH - suffix.length).trim()}${suffix}`;
  }
  used.add(name.toLowerCase());
  return name;
}
