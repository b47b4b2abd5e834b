import { NextResponse } from "next/server";
import { withAuth } from "next-auth/middleware";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";

// Reachable without a session: the login page, next-auth's own routes, the public progress page,
// and API route handlers (each authenticates itself and answers 401 rather than redirecting).
const OPEN_PATHS = [/^\/login(\/|$)/, /^\/api\//, /^\/public(\/|$)/];

/**
 * Answers "signed in?" for every page (what a user may do is checked by each page and action),
 * and gives every response a CSP with a fresh nonce.
 */
export default withAuth(
  function proxy(request) {
    const nonce = newNonce();
    const csp = contentSecurityPolicy(nonce);
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("Content-Security-Policy", csp);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", csp);
    return response;
  },
  {
    pages: { signIn: "/login" },
    callbacks: {
      authorized: ({ token, req }) => Boolean(token) || OPEN_PATHS.some((p) => p.test(req.nextUrl.pathname)),
    },
  },
);

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
