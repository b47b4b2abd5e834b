/**
 * What proxy.ts does with a request before it goes on, decided from its method, path and headers
 * alone (pure, so every case is specified without a server):
 * - "api": a route handler, which authenticates itself and answers 401/403 (or a refusal page);
 * - "open": a page anyone may see (the login page, the public page);
 * - "action": a server action's POST, which the one action wrapper authenticates fail-closed
 *   (executeAction) and answers in the form that sent it, keeping what was typed. Redirected here
 *   instead, the browser's action client got the login page where it expected the action's
 *   answer, and the whole page gave way to the error page, the form's work lost;
 * - "page": anything else, which needs a session.
 */
export type Gate = "api" | "open" | "action" | "page";

// API route handlers, next-auth's own routes among them.
const API = /^\/api\//;

// Pages reachable without a session: the login page and the public progress page.
const OPEN_PATHS = [/^\/login(\/|$)/, /^\/public(\/|$)/];

/** The header Next's action client sends with every server action (the action's id). */
const ACTION_HEADER = "next-action";

export function gateOf(request: { method: string; pathname: string; headers: Headers }): Gate {
  if (API.test(request.pathname)) return "api";
  if (OPEN_PATHS.some((p) => p.test(request.pathname))) return "open";
  // Next answers a POST as a fetched action only with this header; a POST without it (a form sent
  // before the page's script loaded) is answered with the page, so it is a page request.
  if (request.method === "POST" && request.headers.has(ACTION_HEADER)) return "action";
  return "page";
}

/**
 * Where a page request without a session goes: the login page, with the page to come back to.
 * A GET is redirected as it was asked (307); anything else with 303, so the browser asks for the
 * login page rather than send the form's body to it again.
 */
export function signInRedirect(request: { method: string; pathname: string; search: string; url: string }): { location: URL; status: 303 | 307 } {
  const location = new URL("/login", request.url);
  location.searchParams.set("callbackUrl", `${request.pathname}${request.search}`);
  const safe = request.method === "GET" || request.method === "HEAD";
  return { location, status: safe ? 307 : 303 };
}
