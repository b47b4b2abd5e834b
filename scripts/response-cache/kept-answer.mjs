import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import { decompress } from "./capture-response.mjs";

/** Response headers that belong to one transmission, not to the page. */
const PER_TRANSMISSION = new Set(["date", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "x-duban-cache"]);

export function headerValue(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value === undefined ? undefined : String(value);
}

/** The nonce a page was rendered with, from its CSP. */
export function nonceOf(headers) {
  return /'nonce-([^']+)'/.exec(headerValue(headers, "content-security-policy") ?? "")?.[1] ?? null;
}

/**
 * 16 random bytes, base64, as proxy.ts makes them. The length must stay that of the nonce a page
 * was rendered with (24 characters): RSC payloads carry byte lengths of the text around it.
 */
export function newNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * What is kept of a finished answer: its headers without the per-transmission ones, and its
 * body uncompressed, encoded once and cut at the nonce so an answer is put together by copying.
 * `bytes` counts what the entry holds, its key included.
 */
export function toEntry(status, headers, rawBody, storedAt, keyBytes = 0) {
  const body = decompress(rawBody, headerValue(headers, "content-encoding") ?? "identity").toString("utf8");
  const nonce = nonceOf(headers);
  const parts = (nonce ? body.split(nonce) : [body]).map((part) => Buffer.from(part, "utf8"));
  const kept = Object.entries(headers).filter(([name]) => !PER_TRANSMISSION.has(name));
  const headerBytes = kept.reduce((sum, [name, value]) => sum + name.length + String(value).length, 0);
  return { status, headers: kept, parts, nonce, storedAt, bytes: parts.reduce((sum, part) => sum + part.length, 0) + headerBytes + keyBytes };
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

/** Whether the client takes gzip: named (or `*`) in Accept-Encoding without q=0. */
export function acceptsGzip(acceptEncoding) {
  return String(acceptEncoding ?? "")
    .split(",")
    .map((item) => item.trim().toLowerCase().split(";"))
    .some(([coding, ...params]) => {
      if (coding !== "gzip" && coding !== "*") return false;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return q === undefined || Number(q.slice(2)) > 0;
    });
}

/**
 * Sends a kept answer with a fresh nonce, gzipped (off the event loop) when the client takes it,
 * as Next's own compression does past 1 KB.
 */
export function sendEntry(req, res, entry) {
  const { headers, pieces } = withNonce(entry, newNonce());
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader("x-duban-cache", "hit");
  res.statusCode = entry.status;
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  if (acceptsGzip(req.headers["accept-encoding"]) && length >= 1024) {
    return new Promise((resolve) => {
      zlib.gzip(Buffer.concat(pieces, length), (error, payload) => {
        if (error) {
          res.setHeader("content-length", length);
          res.end(Buffer.concat(pieces, length));
        } else {
          res.setHeader("content-encoding", "gzip");
          res.setHeader("content-length", payload.length);
          res.end(payload);
        }
        resolve();
      });
    });
  }
  res.setHeader("content-length", length);
  res.cork();
  for (const piece of pieces) res.write(piece);
  res.end();
}
