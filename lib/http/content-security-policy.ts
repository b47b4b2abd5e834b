/**
 * The Content-Security-Policy of every page: scripts only from us or with this request's nonce
 * (Next.js puts the nonce on its own inline scripts when it finds it in the request's CSP), no
 * framing by other sites. Inline style attributes stay allowed: charts position with them.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * The policy of API responses (JSON, downloads): they run nothing, so they may load nothing and be
 * framed by no one. Inline styles stay allowed only for next-auth's own fallback pages under
 * /api/auth (sign-out confirmation, error), which carry a <style> element and no script.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/** 16 random bytes, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
