// After FREE_FAILURES wrong passwords for one login name, each further failure blocks that
// name for twice as long as the last, capped at MAX_BLOCK_MS so the real user is never locked
// out for good. Failures older than FORGET_AFTER_MS are forgotten.
export const FREE_FAILURES = 5;
const FIRST_BLOCK_MS = 30_000;
const MAX_BLOCK_MS = 15 * 60_000;
export const FORGET_AFTER_MS = 60 * 60_000;

export function blockDurationMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_BLOCK_MS * 2 ** (failures - FREE_FAILURES), MAX_BLOCK_MS);
}
