import { safeCallbackUrl } from "./safe-callback-url";

/**
 * The login page for a session found ended (a page rendering, an action sent): it says the session
 * ended (`ended`), and signing in leads back to `page` — the path and query the proxy saw
 * (PAGE_PATH_HEADER) — when it is one of ours, else home.
 */
export function signInAgainPath(page: string | null): string {
  const back = safeCallbackUrl(page);
  return back === "/" ? "/login?ended=1" : `/login?ended=1&callbackUrl=${encodeURIComponent(back)}`;
}
