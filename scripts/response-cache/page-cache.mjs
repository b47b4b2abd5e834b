// Whole responses of signed-in pages, reused while nothing in the database has changed
// (scripts/serve.mjs puts it in front of Next.js; docs/performance.md, sixth round). Plain
// JavaScript: it runs where only the build and node_modules are.
//
// Why it stays correct: a page is a function of its URL, the request's cookies (session, locale),
// a few request headers (KEYED_HEADERS), the day, and the database. The key holds all of them but
// the database, which is stood for by `pg_current_snapshot()` read before rendering — the rule of
// the data cache (lib/cache/snapshot-cache.ts): any commit, from any worker or script, gives every
// later request a new snapshot and so a miss; a commit landing during a render only stores newer
// data under an older key. Only what a page shows about the passage of time within a day (how
// many days an update has waited) and a session cookie expiring could differ from a fresh render;
// entries live at most TTL_MS, so neither is off by more than that.
//
// What is never reused: anything but a GET of a page carrying a session cookie (API routes,
// downloads, server actions, Next's assets and anonymous visits go straight to Next), and any
// answer that is not a whole 200 page, sets a cookie, varies on a header the key does not hold,
// or whose render reported an error.
//
// The per-request CSP nonce (proxy.ts) is replaced by a fresh one in every reused answer, so no
// two responses share a nonce. Bodies are kept uncompressed and, for clients that take gzip (as
// Next.js compresses), as pieces compressed once (kept-answer.mjs).
import { createHash, randomUUID } from "node:crypto";
import { captureResponse } from "./capture-response.mjs";
import { EntryStore, MAX_BYTES } from "./entry-store.mjs";
import { FAILED_RENDERS_KEPT, failedRenders, RENDER_ID_HEADER } from "./failed-renders.mjs";
import { headerValue, sendEntry, toEntry } from "./kept-answer.mjs";
import { withinMs } from "./shared-reads.mjs";

/** How long an entry may be reused at an unchanged snapshot. */
export const TTL_MS = 30_000;
/** How long a request waits for the same page rendering for someone else before rendering its own. */
export const WAIT_MS = 10_000;

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/**
 * Request headers a page's answer may depend on besides its URL: the cookies, the host, Next's
 * router headers, and the user agent (Next renders metadata differently for crawlers).
 */
export const KEYED_HEADERS = ["cookie", "host", "user-agent", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

/** A GET of a page (not Next's assets, not an API route, not a file) by a signed-in browser. */
export function isReusableRequest(req) {
  if (req.method !== "GET") return false;
  const path = (req.url ?? "").split("?")[0];
  if (path.startsWith("/_next/") || path.startsWith("/api/") || /\.[a-z0-9]+$/i.test(path)) return false;
  return SESSION_COOKIE.test(req.headers.cookie ?? "");
}

/** Everything of the request that can change its page, as one string. */
export function requestKey(req) {
  return [req.url, ...KEYED_HEADERS.map((name) => `${name}:${req.headers[name] ?? ""}`)].join("\n");
}

// Built once: a formatter costs far more to make than to use, and every page request asks.
const DAY_IN_SHANGHAI = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** The day in the app's time zone (lib/time/today.ts): pages count overdue and pace by it. */
export function isoDay(now = new Date()) {
  return DAY_IN_SHANGHAI.format(now);
}

/** Whether a finished answer may be reused for the same key: a whole 200 page, no cookie set, no unkeyed variation. */
export function isReusableResponse(status, headers) {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  const type = headerValue(headers, "content-type") ?? "";
  if (!type.startsWith("text/html") && !type.startsWith("text/x-component")) return false;
  const encoding = headerValue(headers, "content-encoding") ?? "identity";
  if (!["identity", "gzip", "deflate", "br"].includes(encoding)) return false;
  const vary = (headerValue(headers, "vary") ?? "").split(",").map((v) => v.trim().toLowerCase()).filter(Boolean);
  return vary.every((name) => name === "accept-encoding" || KEYED_HEADERS.includes(name));
}

/**
 * The cache in front of `handle` (Next's request handler). `readSnapshot` answers the database's
 * current snapshot; when it fails the request goes to Next uncached (which reports the database's
 * trouble itself). Requests for a page that is rendering for someone else wait for that answer.
 */
export function createResponseCache({ readSnapshot, now = () => Date.now(), maxBytes = MAX_BYTES, waitMs = WAIT_MS, failed = failedRenders(), log = (line) => console.error(line) }) {
  const store = new EntryStore(maxBytes);
  const inFlight = new Map();

  return async function serve(req, res, handle) {
    if (!isReusableRequest(req)) return handle(req, res);
    let snapshot;
    try {
      snapshot = await readSnapshot();
    } catch {
      return handle(req, res);
    }
    store.open(snapshot);
    const at = now();
    const key = createHash("sha256").update(`${isoDay(new Date(at))}\n${requestKey(req)}`).digest("base64");
    const kept = store.get(snapshot, key);
    if (kept && at - kept.storedAt < TTL_MS) return sendEntry(req, res, kept);

    const flightKey = `${snapshot}\n${key}`;
    const pending = inFlight.get(flightKey);
    if (pending) {
      pending.waiting += 1;
      const entry = await withinMs(pending.answer, waitMs).catch(() => {
        // A render that never ends must not hold later requests too.
        if (inFlight.get(flightKey) === pending) inFlight.delete(flightKey);
        log(`[serve] waited ${waitMs} ms for ${(req.url ?? "").split("?")[0]} rendering for another request; rendering it again`);
        return null;
      });
      return entry ? sendEntry(req, res, entry) : handle(req, res);
    }

    let resolve;
    const flight = { waiting: 0, answer: new Promise((r) => (resolve = r)) };
    inFlight.set(flightKey, flight);
    const renderId = randomUUID();
    req.headers[RENDER_ID_HEADER] = renderId;
    captureResponse(res, (answer) => {
      const renderFailed = failed.delete(renderId);
      // Ids leave as their answers finish; this only bounds reports that come after that.
      if (failed.size > FAILED_RENDERS_KEPT) failed.clear();
      let entry = null;
      if (answer && !renderFailed && isReusableResponse(answer.status, answer.headers)) {
        // Kept when asked for again: now (someone waited), before (seen), or an entry outlived its time.
        if (kept || flight.waiting > 0 || store.seenBefore(snapshot, key)) {
          try {
            entry = toEntry(answer.status, answer.headers, answer.body, at, flightKey.length);
            store.set(snapshot, key, entry);
          } catch {
            entry = null;
          }
        }
      }
      if (inFlight.get(flightKey) === flight) inFlight.delete(flightKey);
      resolve(entry);
    });
    res.setHeader("x-duban-cache", "miss");
    return handle(req, res);
  };
}
