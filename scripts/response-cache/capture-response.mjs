import zlib from "node:zlib";

/** Larger answers are not kept (no page comes near; exports are not pages). */
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

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
 * the whole answer went out, or null when it was cut short or grew too large. The body is as
 * sent (compressed if Next compressed it: see `decompress`).
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
      return;
    }
    // Copied: a writer may reuse its buffer once Node has sent it, and the copy outlives that.
    chunks.push(Buffer.from(buffer));
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
  // The client may have gone already (while the cache read the snapshot): "close" was emitted
  // before anyone listened, and nothing will be written. Without this, requests waiting for this
  // answer waited the cache's whole WAIT_MS for it (seen in the bench, eighth round).
  if (res.destroyed || res.closed) settle(null);
}

/** A body as sent, uncompressed. */
export function decompress(body, encoding) {
  if (encoding === "gzip") return zlib.gunzipSync(body);
  if (encoding === "deflate") return zlib.inflateSync(body);
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  return body;
}
