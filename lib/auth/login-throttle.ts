import "server-only";
import { db } from "@/lib/db";
import { FORGET_AFTER_MS, blockDurationMs } from "./throttle-policy";

export { FREE_FAILURES } from "./throttle-policy";


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
