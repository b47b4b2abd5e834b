import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { LruMap } from "./lru-map";

// Read-mostly data (the signed-in user, settings, filter choices, list pages, the dashboard, a
// commitment's detail) cached per process, keyed by the PostgreSQL snapshot the request reads at.
//
// Why a snapshot: `pg_current_snapshot()` (xmin:xmax:in-progress xids) decides exactly which
// committed rows a query sees. Two requests with the same snapshot text would read the same data,
// so an entry stored under it can never be stale for them; the first commit of any write —
// from any worker, process or script — gives every later request a new snapshot and so a miss.
// No invalidation to forget, nothing to broadcast between cluster workers, and a server action's
// own re-render (after its COMMIT) always reads fresh. Reads with no write in between (the
// common case) share one load. The cost: one tiny query per request, and under a steady stream
// of writes the cache simply stops hitting.
//
// The snapshot is read before the data, so cached data is never older than its key: a commit
// landing between the two only stores newer data under an older key, seen by requests that
// started before that commit anyway.
//
// Values are shared between requests: treat them as immutable (copy before sorting or editing).

/** Set DUBAN_CACHE=off to read everything from the database on every request. */
const enabled = () => process.env.DUBAN_CACHE !== "off";

/** The snapshot of this request, read once per request (React's per-request cache). */
export const requestSnapshot = cache(async (): Promise<string> => {
  const [row] = await db.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
  return row.snapshot;
});

type Key = string | number | boolean | null | undefined;

export interface SnapshotCacheOptions<Args extends unknown[]> {
  /** What of the arguments decides the result (default: all of them, as JSON). */
  key?: (...args: NoInfer<Args>) => Key | Key[];
  /** Entries kept per snapshot (per process). */
  max?: number;
}

/**
 * Entries of the snapshots seen last. Requests in flight may still read at the previous
 * snapshot, so two are kept; anything older can never be asked for again and is dropped whole —
 * under a steady stream of writes every request has a new snapshot, and memory must not fill
 * with entries nobody will read.
 */
const SNAPSHOTS_KEPT = 2;

/**
 * What an entry holds: the load while it runs (concurrent callers share it), then only its value.
 * Not the load's promise: a promise made during a request carries that request's async context
 * (Next's request store, and through it the request and response), so a kept promise kept the
 * whole request alive — hundreds of MB per worker once an LRU was full (ninth round).
 */
type Entry<T> = { pending: Promise<T> } | { value: T };

/**
 * `load`, answered from memory when called again with the same key at the same database
 * snapshot. Concurrent callers share one load; a failed load is not kept.
 */
export function snapshotCached<Args extends unknown[], T>(
  load: (...args: Args) => Promise<T>,
  options: SnapshotCacheOptions<Args> = {},
): (...args: Args) => Promise<T> {
  const bySnapshot = new Map<string, LruMap<Entry<T>>>();
  const keyOf = options.key ?? ((...args: Args) => args);
  return async (...args: Args) => {
    if (!enabled()) return load(...args);
    const snapshot = await requestSnapshot();
    let entries = bySnapshot.get(snapshot);
    if (!entries) {
      entries = new LruMap<Entry<T>>(options.max ?? 200);
      bySnapshot.set(snapshot, entries);
      while (bySnapshot.size > SNAPSHOTS_KEPT) bySnapshot.delete(bySnapshot.keys().next().value as string);
    }
    const key = JSON.stringify(keyOf(...args));
    const hit = entries.get(key);
    if (hit) return "value" in hit ? hit.value : hit.pending;
    const pending = load(...args);
    const entry: Entry<T> = { pending };
    entries.set(key, entry);
    const kept = entries;
    // Replaced only if still this load's entry (not dropped or replaced meanwhile).
    const isCurrent = () => kept.peek(key) === entry;
    pending.then(
      (value) => void (isCurrent() && kept.replace(key, { value })),
      () => void (isCurrent() && kept.delete(key)),
    );
    return pending;
  };
}
