import "server-only";
import { db, type Tx } from "@/lib/db";

/**
 * A read that must not be JIT-compiled. The planner cannot size generate_series or "as of"
 * subqueries well, estimates a huge cost and JIT-compiles queries that run in milliseconds
 * (11 ms without JIT, 6.4 s with it on the trend query). JIT is off for every connection of the
 * app's pool (lib/db.ts), so this is a plain read; it stays a named seam in case a query needs
 * its own session settings again.
 */
export function readWithoutJit<T>(read: (tx: Tx) => Promise<T>): Promise<T> {
  return read(db);
}
