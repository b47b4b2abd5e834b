/**
 * Only same-site paths are followed after signing in; anything else (another host,
 * protocol-relative "//evil", the login page itself) falls back to the home page.
 */
export function safeCallbackUrl(value: string | undefined | null): string {
  if (!value) return "/";
  let path = value;
  try {
    // next-auth hands over absolute URLs of our own origin
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search + url.hash;
    }
  } catch {
    return "/";
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.startsWith("/login")) return "/";
  return path;
}
