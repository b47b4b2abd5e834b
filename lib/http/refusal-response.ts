import "server-only";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import type { Reader } from "@/lib/i18n/request-locale";
import type { MessageKey } from "@/lib/i18n/zh";
import { htmlLang, type MessageParams } from "@/lib/i18n/translate";

/**
 * A download or file route's refusal (signed out, not allowed, not found, a bad query). Its
 * links are opened in the browser — the ledger, the Word report, a piece of evidence, the
 * progress sheet — so a browser that navigated there gets a short page in the reader's language
 * with a way on (to sign in again, or back to the page it came from), not a bare JSON or text
 * body. Anything else (a script, a fetch) gets the route's own machine-readable format.
 */
export function refusalResponse(request: Request, reader: Reader, status: number, key: MessageKey, format: "json" | "text", params?: MessageParams): Response {
  const message = reader.t(key, params);
  const headers = { "Cache-Control": "private, no-store" };
  if (opensInBrowser(request)) {
    return new Response(refusalPage(reader, message, status === 401 ? loginLink(request, reader) : backLink(request, reader)), {
      status,
      headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
    });
  }
  if (format === "json") return Response.json({ error: message }, { status, headers });
  return new Response(message, { status, headers: { ...headers, "Content-Type": "text/plain; charset=utf-8" } });
}

/** A link followed or an address typed: browsers mark navigations (Sec-Fetch-Mode), older ones ask for HTML. */
function opensInBrowser(request: Request): boolean {
  const mode = request.headers.get("sec-fetch-mode");
  if (mode) return mode === "navigate";
  return /\btext\/html\b/.test(request.headers.get("accept") ?? "");
}

interface Link {
  href: string;
  text: string;
}

/** The page the link was followed from, when it is one of ours and a page (not another download). */
function cameFrom(request: Request): string | null {
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    const from = new URL(referer);
    // Compared with the Host the browser sent: Next gives a route handler's request.url the
    // host "localhost" whatever the browser asked for.
    // Behind chained proxies X-Forwarded-Host lists every host: the first is the browser's.
    const host = request.headers.get("x-forwarded-host")?.split(",")[0].trim() || request.headers.get("host") || new URL(request.url).host;
    if (from.host !== host || from.pathname.startsWith("/api/")) return null;
    // A path of our own only ("//evil.example" would be another site's), never the login page.
    const path = safeCallbackUrl(from.pathname + from.search);
    return path === "/" && from.pathname + from.search !== "/" ? null : path;
  } catch {
    return null;
  }
}

function loginLink(request: Request, reader: Reader): Link {
  // Back to the page the download was asked from once signed in: the download itself would leave
  // the browser on the login page.
  const from = cameFrom(request);
  return { href: from ? `/login?callbackUrl=${encodeURIComponent(from)}` : "/login", text: reader.t("refusal.login") };
}

function backLink(request: Request, reader: Reader): Link {
  const from = cameFrom(request);
  return from ? { href: from, text: reader.t("refusal.back") } : { href: "/", text: reader.t("notFound.home") };
}

function refusalPage(reader: Reader, message: string, link: Link): string {
  const title = reader.t("refusal.title");
  return `<!doctype html>
<html lang="${htmlLang(reader.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(reader.t("app.fullName"))}</title>
<style>
body { margin: 0; font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; color: #0f172a; background: #f8fafc; }
main { max-width: 36rem; margin: 6rem auto; padding: 0 1rem; text-align: center; }
h1 { font-size: 1.5rem; font-weight: 600; }
p { color: #475569; line-height: 1.6; }
a { display: inline-block; margin-top: 1.5rem; padding: 0.5rem 1rem; border-radius: 0.375rem; background: #b42318; color: #fff; text-decoration: none; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p role="alert">${escapeHtml(message)}</p>
<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>
</main>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
