// Whole responses of signed-in pages, reused while nothing in the database has changed
// (scripts/serve.mjs puts it in front of Next.js). Plain JavaScript: it runs where only the build
// and node_modules are.
//
// Why it stays correct: a page is a function of its URL, the request's cookies (session, locale),
// Next's router headers, the day, and the database. The key holds all of them but the database,
// which is stood for by `pg_current_snapshot()` read before rendering — the same rule as the
// data cache (lib/cache/snapshot-cache.ts): any commit, from any worker or script, gives every
// later request a new snapshot and so a miss; a commit landing during a render only stores newer
// data under an older key. Only what a page shows about the passage of time within a day (how
// many days an update has waited) and a session cookie expiring could differ from a fresh render;
// entries live at most TTL_MS, so neither is off by more than that.
//
// What is never reused: anything but a GET of a page with a session cookie (the login and public
// pages are cheap and shared; API routes, downloads and server actions go straight to Next), and
// any answer that is not a 200 page, sets a cookie, or varies on a header the key does not hold.
//
// A page is kept once a second request for it comes at the same snapshot (most commitment pages
// are opened once). The per-request CSP nonce (proxy.ts) is replaced by a fresh one in every reused answer,
// so no two responses share a nonce. Bodies are kept uncompressed and compressed per answer when the
// client accepts it, as Next.js does.
import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import pg from "pg";

/** How long an entry may be reused at an unchanged snapshot. */
export const TTL_MS = 30_000;
/** Memory for entries, per process. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** Larger answers are not kept (no page comes near; exports are not pages). */
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;
/** Entries of the snapshots seen last: requests in flight may still read at the previous one. */
const SNAPSHOTS_KEPT = 2;

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;

/** Request headers a page's answer may depend on besides its URL (Next's router headers among them). */
export const KEYED_HEADERS = ["cookie", "host", "rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];

/** Response headers that belong to one transmission, not to the page. */
const PER_TRANSMISSION = new Set(["date", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "x-duban-cache"]);

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

/** The day in the app's time zone (lib/time/today.ts): pages count overdue and pace by it. */
export function isoDay(now = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

function headerValue(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value === undefined ? undefined : String(value);
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

function decompress(body, encoding) {
  if (encoding === "gzip") return zlib.gunzipSync(body);
  if (encoding === "deflate") return zlib.inflateSync(body);
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  return body;
}

/** The nonce a page was rendered with, from its CSP. */
export function nonceOf(headers) {
  return /'nonce-([^']+)'/.exec(headerValue(headers, "content-security-policy") ?? "")?.[1] ?? null;
}

/**
 * What is kept of a finished answer: its headers without the per-transmission ones, and its
 * body uncompressed, encoded once and cut at the nonce so an answer is put together by copying.
 */
export function toEntry(status, headers, rawBody, storedAt) {
  const body = decompress(rawBody, headerValue(headers, "content-encoding") ?? "identity").toString("utf8");
  const nonce = nonceOf(headers);
  const parts = (nonce ? body.split(nonce) : [body]).map((part) => Buffer.from(part, "utf8"));
  const kept = Object.entries(headers).filter(([name]) => !PER_TRANSMISSION.has(name));
  return { status, headers: kept, parts, nonce, storedAt, bytes: parts.reduce((sum, part) => sum + part.length, 0) };
}

/** 16 random bytes, base64, as proxy.ts makes them. */
export function newNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * The entry's headers and body with its nonce replaced by `nonce` everywhere it appears; the body
 * as the pieces to send one after another (no copy of the whole page per answer).
 */
export function withNonce(entry, nonce) {
  if (!entry.nonce) return { headers: entry.headers, pieces: entry.parts };
  const swap = (text) => text.replaceAll(entry.nonce, nonce);
  const fresh = Buffer.from(nonce, "utf8");
  const pieces = [];
  entry.parts.forEach((part, i) => (i === 0 ? pieces.push(part) : pieces.push(fresh, part)));
  return {
    headers: entry.headers.map(([name, value]) => [name, Array.isArray(value) ? value.map((v) => swap(String(v))) : swap(String(value))]),
    pieces,
  };
}

function acceptsGzip(req) {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

/** Sends a kept answer with a fresh nonce, gzipped when the client takes it (as Next's own compression does past 1 KB). */
function sendEntry(req, res, entry) {
  const { headers, pieces } = withNonce(entry, newNonce());
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader("x-duban-cache", "hit");
  res.statusCode = entry.status;
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  if (acceptsGzip(req) && length >= 1024) {
    const payload = zlib.gzipSync(Buffer.concat(pieces, length));
    res.setHeader("content-encoding", "gzip");
    res.setHeader("content-length", payload.length);
    res.end(payload);
    return;
  }
  res.setHeader("content-length", length);
  res.cork();
  for (const piece of pieces) res.write(piece);
  res.end();
}

/** Node's writeHead headers (object or flat array) as a lower-cased object. */
function headersOfWriteHead(args) {
  const headers = typeof args[1] === "object" && args[1] !== null ? args[1] : args[2];
  const out = {};
  if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) out[String(headers[i]).toLowerCase()] = headers[i + 1];
  else if (headers) for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

/**
 * Lets Next write the answer as usual and keeps a copy: `done` gets { status, headers, body } once
 * the whole answer went out, or null when it was cut short or grew too large.
 */
export function captureResponse(res, done) {
  const chunks = [];
  let size = 0;
  let tooLarge = false;
  let headOfWrite = {};
  const collect = (chunk, encoding) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) {
      tooLarge = true;
      chunks.length = 0;
    } else chunks.push(Buffer.from(buffer));
  };
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  res.writeHead = function (...args) {
    headOfWrite = headersOfWriteHead(args);
    return writeHead.apply(this, args);
  };
  res.write = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    collect(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  let settled = false;
  const settle = (value) => {
    if (settled) return;
    settled = true;
    done(value);
  };
  res.once("finish", () => settle(tooLarge ? null : { status: res.statusCode, headers: { ...res.getHeaders(), ...headOfWrite }, body: Buffer.concat(chunks) }));
  res.once("close", () => settle(null));
}

/** Keys of pages requested once at a snapshot, per snapshot: past this many the set starts again. */
const SEEN_MAX = 20_000;

/**
 * Entries by snapshot, the newest snapshots only, within a memory budget. A page is kept once it
 * is asked for a second time at a snapshot (afterwards, or while its first answer renders — then
 * the second request waits for that one): most commitment pages are opened once, and decoding
 * and keeping them would cost every such request without ever being repaid.
 */
class EntryStore {
  bySnapshot = new Map();
  bytes = 0;

  constructor(maxBytes) {
    this.maxBytes = maxBytes;
  }

  slot(snapshot) {
    let slot = this.bySnapshot.get(snapshot);
    if (!slot) {
      slot = { entries: new Map(), seen: new Set() };
      this.bySnapshot.set(snapshot, slot);
      while (this.bySnapshot.size > SNAPSHOTS_KEPT) this.dropSnapshot(this.bySnapshot.keys().next().value);
    }
    return slot;
  }

  /** Whether the key was asked for before at this snapshot (and notes that it now has). */
  seenBefore(snapshot, key) {
    const { seen } = this.slot(snapshot);
    if (seen.has(key)) return true;
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.add(key);
    return false;
  }

  get(snapshot, key) {
    return this.bySnapshot.get(snapshot)?.entries.get(key);
  }

  set(snapshot, key, entry) {
    const { entries } = this.slot(snapshot);
    const previous = entries.get(key);
    if (previous) this.bytes -= previous.bytes;
    entries.set(key, entry);
    this.bytes += entry.bytes;
    // Oldest first: the older snapshot's entries, then this one's in the order they were stored.
    for (const [oldSnapshot, old] of this.bySnapshot) {
      for (const [oldKey, oldEntry] of old.entries) {
        if (this.bytes <= this.maxBytes) return;
        old.entries.delete(oldKey);
        this.bytes -= oldEntry.bytes;
      }
      if (oldSnapshot !== snapshot) this.dropSnapshot(oldSnapshot);
    }
  }

  dropSnapshot(snapshot) {
    for (const entry of this.bySnapshot.get(snapshot)?.entries.values() ?? []) this.bytes -= entry.bytes;
    this.bySnapshot.delete(snapshot);
  }
}

/**
 * The cache in front of `handle` (Next's request handler). `readSnapshot` answers the database's
 * current snapshot; when it fails the request goes to Next uncached (which reports the database's
 * trouble itself). Concurrent requests for one key wait for the first one's answer.
 */
export function createResponseCache({ readSnapshot, now = () => Date.now(), maxBytes = MAX_BYTES }) {
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
    const at = now();
    const key = `${isoDay(new Date(at))}\n${requestKey(req)}`;
    const fresh = (entry) => entry && at - entry.storedAt < TTL_MS;
    const kept = store.get(snapshot, key);
    if (fresh(kept)) return sendEntry(req, res, kept);
    const flightKey = `${snapshot}\n${key}`;
    const pending = inFlight.get(flightKey);
    if (pending) {
      pending.waiting += 1;
      const entry = await pending.answer;
      if (entry) return sendEntry(req, res, entry);
      return handle(req, res);
    }
    // Kept if asked for before at this snapshot, or by someone while it renders (see EntryStore).
    const seen = Boolean(kept) || store.seenBefore(snapshot, key);
    let resolve;
    const flight = { waiting: 0, answer: new Promise((r) => (resolve = r)) };
    inFlight.set(flightKey, flight);
    captureResponse(res, (answer) => {
      let entry = null;
      if (answer && (seen || flight.waiting > 0) && isReusableResponse(answer.status, answer.headers)) {
        try {
          entry = toEntry(answer.status, answer.headers, answer.body, at);
          store.set(snapshot, key, entry);
        } catch {
          entry = null;
        }
      }
      inFlight.delete(flightKey);
      resolve(entry);
    });
    res.setHeader("x-duban-cache", "miss");
    return handle(req, res);
  };
}

/**
 * `read`, shared by callers that may share it: a caller gets the answer of a read sent after it
 * called — the one it starts, or, while one is under way, the single read sent once that one is
 * back (the one under way may have been sent before a commit this caller already saw). At most
 * two reads at a time, however many requests arrive, and none answers from before its caller came.
 */
export function sharedReads(read) {
  let running = null;
  let queued = null;
  const start = () => {
    const promise = read();
    running = promise;
    const clear = () => {
      if (running === promise) running = null;
    };
    promise.then(clear, clear);
    return promise;
  };
  return () => {
    if (!running) return start();
    if (!queued) {
      const settled = running.then(
        () => undefined,
        () => undefined,
      );
      queued = settled.then(() => {
        queued = null;
        return start();
      });
    }
    return queued;
  };
}

/**
 * Next's request handler behind the cache, reading snapshots through a pool of its own (one
 * short statement per page request, never queued behind the app's queries). Without a database
 * to read from, or with DUBAN_CACHE=off (nothing cached) or DUBAN_CACHE=data (only the data
 * cache of lib/cache), requests go to Next as they come.
 */
export function withResponseCache(handle) {
  const connectionString = process.env.DATABASE_URL;
  const mode = process.env.DUBAN_CACHE;
  if (mode === "off" || mode === "data" || !connectionString) return (req, res) => void handle(req, res);
  const pool = new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 5_000 });
  pool.on("error", (error) => console.error(`[serve] idle connection lost: ${error.message}`));
  const query = { name: "duban_snapshot", text: "SELECT pg_current_snapshot()::text AS snapshot" };
  const serve = createResponseCache({ readSnapshot: sharedReads(async () => (await pool.query(query)).rows[0].snapshot) });
  return (req, res) => {
    serve(req, res, handle).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}
