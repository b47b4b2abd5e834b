/**
 * Where a list's address should go instead, or null when it is the list's own: a GET form sends
 * its empty fields too (`?q=张&department=&role=`), and a value the list cannot read is no filter,
 * so the view is given the address its own links use (`canonical`, from what the list read).
 */
export function canonicalRedirect(asked: Record<string, string | string[] | undefined>, canonical: string): string | null {
  const [path, search = ""] = canonical.split("?");
  const given = new URLSearchParams();
  for (const [key, value] of Object.entries(asked)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) given.append(key, one);
  }
  const sorted = (p: URLSearchParams) => [...p].map(([k, v]) => `${k}=${v}`).sort().join("&");
  return sorted(given) === sorted(new URLSearchParams(search)) ? null : search ? `${path}?${search}` : path;
}
