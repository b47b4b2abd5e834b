import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/decode-session-token";
import { sessionOutlived } from "@/lib/auth/session-lifetime";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { PAGE_PATH_HEADER } from "@/lib/http/page-path-header";
import { gateOf, signInRedirect } from "@/lib/http/proxy-gate";

/**
 * Answers "signed in?" for every page (what a user may do is checked by each page and action),
 * and gives every page — the login page included — a CSP with a fresh nonce. (next-auth's
 * withAuth skips its callback on the sign-in page, so the session check is done here directly.)
 * API route handlers and server actions authenticate themselves (lib/http/proxy-gate.ts): an
 * action is let through to its form's answer, "登录已失效", rather than redirected. API
 * responses get a fixed, stricter CSP instead of a nonce: they render no scripts.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const gate = gateOf({ method: request.method, pathname, headers: request.headers });
  if (gate === "api") {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
    return response;
  }
  if (gate === "page") {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET, decode: decodeSessionToken });
    // A session past its lifetime is sent to sign in again, with the page to come back to.
    if (!token || sessionOutlived(token.signedInAt)) {
      const { location, status } = signInRedirect({ method: request.method, pathname, search, url: request.url });
      return NextResponse.redirect(location, status);
    }
  }
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  // The page asked for (or the action was sent from), for a session found ended while rendering it
  // (requireActor) or running the action (formAction): signing in again leads back to it.
  // Without the router's cache-busting `_rsc`.
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
