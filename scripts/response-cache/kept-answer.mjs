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
 * A piece of a body compressed on its own as raw deflate blocks that end on a byte boundary and
 * are not final: such pieces, compressed at different times, follow one another in one stream.
 * Copied out: zlib hands back a slice of its 16 KB output buffer, and a page has dozens of small
 * pieces (one per inline script), so kept pages held about three times the memory they counted.
 */
function deflatedPiece(piece) {
  return Buffer.from(zlib.deflateRawSync(piece, { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
}

/**
 * What is kept of a finished answer: its headers without the per-transmission ones, and its
 * body uncompressed, encoded once and cut at the nonce so an answer is put together by copying —
 * and each cut piece compressed once, so a gzipped answer is put together the same way.
 * `bytes` counts what the entry holds, its key included.
 */
export function toEntry(status, headers, rawBody, storedAt, keyBytes = 0) {
  const body = decompress(rawBody, headerValue(headers, "content-encoding") ?? "identity").toString("utf8");
  const nonce = nonceOf(headers);
  const parts = (nonce ? body.split(nonce) : [body]).map((part) => Buffer.from(part, "utf8"));
  const deflatedParts = parts.map(deflatedPiece);
  const kept = Object.entries(headers).filter(([name]) => !PER_TRANSMISSION.has(name));
  const headerBytes = kept.reduce((sum, [name, value]) => sum + name.length + String(value).length, 0);
  const size = (pieces) => pieces.reduce((sum, piece) => sum + piece.length, 0);
  return { status, headers: kept, parts, deflatedParts, nonce, storedAt, bytes: size(parts) + size(deflatedParts) + headerBytes + keyBytes };
}

/** The parts with `between` put between each two of them. */
function interleave(parts, between) {
  const pieces = [];
  parts.forEach((part, i) => (i === 0 ? pieces.push(part) : pieces.push(between, part)));
  return pieces;
}

/**
 * The entry's headers and body with its nonce replaced by `nonce` everywhere it appears; the body
 * as the pieces to send one after another (no copy of the whole page per answer).
 */
export function withNonce(entry, nonce) {
  if (!entry.nonce) return { headers: entry.headers, pieces: entry.parts };
  const swap = (text) => text.replaceAll(entry.nonce, nonce);
  return {
    headers: entry.headers.map(([name, value]) => [name, Array.isArray(value) ? value.map((v) => swap(String(v))) : swap(String(value))]),
    pieces: interleave(entry.parts, Buffer.from(nonce, "utf8")),
  };
}

// A gzip member around the pieces (RFC 1952): header (no name, no time), the deflate blocks, an
// empty final block, then CRC-32 and length of the uncompressed body.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);

/** The body of `withNonce(entry, nonce)` gzipped, from the pieces compressed when it was kept. */
export function gzippedWithNonce(entry, nonce, pieces) {
  let crc = 0;
  let length = 0;
  for (const piece of pieces) {
    crc = zlib.crc32(piece, crc);
    length += piece.length;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  const blocks = entry.nonce ? interleave(entry.deflatedParts, deflatedPiece(Buffer.from(nonce, "utf8"))) : entry.deflatedParts;
  return [GZIP_HEADER, ...blocks, FINAL_EMPTY_BLOCK, trailer];
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
 * Sends a kept answer with a fresh nonce, gzipped when the client takes it (as Next's own
 * compression does past 1 KB) — from the pieces compressed once, not compressed per answer.
 */
export function sendEntry(req, res, entry) {
  const nonce = newNonce();
  const { headers, pieces } = withNonce(entry, nonce);
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader("x-duban-cache", "hit");
  res.statusCode = entry.status;
  const length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  const gzipped = acceptsGzip(req.headers["accept-encoding"]) && length >= 1024;
  const out = gzipped ? gzippedWithNonce(entry, nonce, pieces) : pieces;
  if (gzipped) res.setHeader("content-encoding", "gzip");
  res.setHeader("content-length", out.reduce((sum, piece) => sum + piece.length, 0));
  res.cork();
  for (const piece of out) res.write(piece);
  res.end();
}
