import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/decode-session-token";
import { sessionOutlived } from "@/lib/auth/session-lifetime";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { PAGE_PATH_HEADER } from "@/lib/http/page-path-header";

// API route handlers, next-auth's own routes among them: each authenticates itself (answering 401
// rather than redirecting) and renders no scripts, so they get no session check and no nonce.
const API = /^\/api\//;

// Pages reachable without a session: the login page and the public progress page.
const OPEN_PATHS = [/^\/login(\/|$)/, /^\/public(\/|$)/];

/**
 * Answers "signed in?" for every page (what a user may do is checked by each page and action),
 * and gives every page — the login page included — a CSP with a fresh nonce. (next-auth's
 * withAuth skips its callback on the sign-in page, so the session check is done here directly.)
 * API responses get a fixed, stricter CSP instead.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (API.test(pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    return response;
  }
  if (!OPEN_PATHS.some((p) => p.test(pathname))) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, decode: decodeSessionToken });
    // A session past its lifetime is sent to sign in again, with the page to come back to.
    if (!token || sessionOutlived(token.signedInAt)) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // The page asked for, for a session found ended while rendering it (requireActor): signing in
  // again leads back to it. Without the router's cache-busting `_rsc`.
  const page = new URL(request.nextUrl);
  page.searchParams.delete("_rsc");
  headers.set(PAGE_PATH_HEADER, `${page.pathname}${page.search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
