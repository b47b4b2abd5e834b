/** Resolving against an origin of our own tells a path of this site from one that leaves it. */
export const HERE = "http://duban.invalid";

/**
 * Only same-site paths are followed after signing in; anything else (another host,
 * protocol-relative "//evil", the login page itself) falls back to the home page.
 */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value) return "/";
  // Browsers drop tabs and line breaks from a URL and read "\" as "/": "/\t/evil.example" and
  // "/\evil.example" are "//evil.example", another site, once the browser has them.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  let path = value;
  try {
    // next-auth hands over absolute URLs of our own origin
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search + url.hash;
    }
    if (!path.startsWith("/")) return "/";
    const resolved = new URL(path, HERE);
    if (resolved.origin !== HERE) return "/";
    // Checked after resolving: "/x/../login" is the login page too, and "/.//evil.example"
    // resolves to the path "//evil.example", which a browser reads as another site.
    if (resolved.pathname.startsWith("//")) return "/";
    if (resolved.pathname === "/login" || resolved.pathname.startsWith("/login/")) return "/";
    return resolved.pathname + resolved.search + resolved.hash;
  } catch {
    return "/";
  }
}
