import pg from "pg";
import { RENDER_ID_HEADER } from "./failed-renders.mjs";
import { createResponseCache } from "./page-cache.mjs";
import { sharedReads, withinMs } from "./shared-reads.mjs";

/** A snapshot read slower than this sends the request to Next uncached. */
const SNAPSHOT_TIMEOUT_MS = 2_000;

/**
 * Next's request handler behind the page cache, reading snapshots through a pool of its own (one
 * short statement per page request, shared by requests that come together, never queued behind
 * the app's queries). Without a database to read from, or with DUBAN_CACHE=off (nothing cached)
 * or DUBAN_CACHE=data (only the data cache of lib/cache), requests go to Next as they come.
 */
export function withResponseCache(handle) {
  const connectionString = process.env.DATABASE_URL;
  const mode = process.env.DUBAN_CACHE;
  if (mode === "off" || mode === "data" || !connectionString) return (req, res) => void handle(req, res);
  // query_timeout ends a hung read so the next one can start; withinMs below bounds each caller's
  // wait, a caller queued behind that read included.
  const pool = new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: SNAPSHOT_TIMEOUT_MS, query_timeout: SNAPSHOT_TIMEOUT_MS });
  pool.on("error", (error) => console.error(`[serve] idle connection lost: ${error.message}`));
  const query = { name: "duban_snapshot", text: "SELECT pg_current_snapshot()::text AS snapshot" };
  const read = sharedReads(async () => (await pool.query(query)).rows[0].snapshot);
  const serve = createResponseCache({ readSnapshot: () => withinMs(read(), SNAPSHOT_TIMEOUT_MS) });
  return (req, res) => {
    // The render id is the cache's to set: whatever a client sends under that name is dropped.
    delete req.headers[RENDER_ID_HEADER];
    serve(req, res, handle).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  };
}
