import "server-only";
import { db } from "@/lib/db";

// After FREE_FAILURES wrong passwords for one login name, each further failure blocks that
// name for twice as long as the last, capped at MAX_BLOCK_MS so the real user is never locked
// out for good. A success clears the count; failures older than FORGET_AFTER_MS are forgotten.
export const FREE_FAILURES = 5;
const FIRST_BLOCK_MS = 30_000;
const MAX_BLOCK_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

export function blockDurationMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_BLOCK_MS * 2 ** (failures - FREE_FAILURES), MAX_BLOCK_MS);
}

/** Seconds the login name must still wait, or 0. */
export async function secondsUntilAllowed(loginName: string, now = new Date()): Promise<number> {
  const row = await db.loginThrottle.findUnique({ where: { loginName } });
  if (!row?.blockedUntil || row.blockedUntil <= now) return 0;
  return Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
}

export async function recordFailure(loginName: string, now = new Date()): Promise<void> {
  // One statement, so a burst of parallel failures counts every one of them.
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" ("loginName", "failures", "lastFailureAt")
    VALUES (${loginName}, 1, ${now})
    ON CONFLICT ("loginName") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."lastFailureAt" < ${new Date(now.getTime() - FORGET_AFTER_MS)}
                        THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
      "lastFailureAt" = ${now}
    RETURNING "failures"`;
  const failures = rows[0]?.failures ?? 1;
  const block = blockDurationMs(failures);
  if (block > 0) {
    await db.loginThrottle.update({ where: { loginName }, data: { blockedUntil: new Date(now.getTime() + block) } });
  }
}

export async function clearFailures(loginName: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { loginName } });
}
