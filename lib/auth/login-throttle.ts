import "server-only";
import { db } from "@/lib/db";
import { FORGET_AFTER_MS, FREE_FAILURES, blockDurationMs } from "./throttle-policy";

export { FREE_FAILURES, NAME_FREE_FAILURES, throttleKeys } from "./throttle-policy";

/**
 * Takes one attempt at a login name's password before the password is checked: 0 when it may be
 * checked, else the seconds the name must still wait. The attempt counts as a failure at once,
 * with the block it would bring (a success clears it, clearFailures). Counted before checking,
 * under the row's lock, because checking takes tens of milliseconds: a burst of parallel guesses
 * counted only after their checks would all be checked before the first failure was written.
 */
export async function reserveAttempt(loginName: string, now = new Date(), free = FREE_FAILURES): Promise<number> {
  return db.$transaction(async (tx) => {
    // One statement creates or locks the row and reads it: a row deleted between a separate insert
    // and select (a success clearing it) would leave nothing to read.
    const [row] = await tx.$queryRaw<{ failures: number; lastFailureAt: Date; blockedUntil: Date | null }[]>`
      INSERT INTO "LoginThrottle" ("loginName", "failures", "lastFailureAt") VALUES (${loginName}, 0, ${now})
      ON CONFLICT ("loginName") DO UPDATE SET "loginName" = EXCLUDED."loginName"
      RETURNING "failures", "lastFailureAt", "blockedUntil"`;
    if (row.blockedUntil && row.blockedUntil > now) return Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000);
    const failures = row.lastFailureAt.getTime() < now.getTime() - FORGET_AFTER_MS ? 1 : row.failures + 1;
    const block = blockDurationMs(failures, free);
    const blockedUntil = block > 0 ? new Date(now.getTime() + block) : null;
    await tx.$executeRaw`
      UPDATE "LoginThrottle" SET "failures" = ${failures}, "lastFailureAt" = ${now}, "blockedUntil" = ${blockedUntil}
      WHERE "loginName" = ${loginName}`;
    return 0;
  });
}

/** The seconds a key is still blocked for (0 when it is not), read without counting an attempt. */
export async function blockedSeconds(key: string, now = new Date()): Promise<number> {
  const row = await db.loginThrottle.findUnique({ where: { loginName: key }, select: { blockedUntil: true } });
  return row?.blockedUntil && row.blockedUntil > now ? Math.ceil((row.blockedUntil.getTime() - now.getTime()) / 1000) : 0;
}

/** The password was right: the attempts counted under these keys are forgotten. */
export async function clearFailures(keys: string[]): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { loginName: { in: keys } } });
}

/**
 * Whether this refusal is the first of the key's current block, marking it so under the row's
 * lock: a block's first refused attempt is recorded in the audit trail, the ones after it (which
 * cost a guesser nothing: no password is checked) are not, so a blocked guesser cannot flood the
 * hash chain. One statement: of two refusals at once, the second waits and then finds it marked.
 */
export async function firstRefusalOfBlock(key: string, now = new Date()): Promise<boolean> {
  const marked = await db.$executeRaw`
    UPDATE "LoginThrottle" SET "refusalRecordedFor" = "blockedUntil"
    WHERE "loginName" = ${key} AND "blockedUntil" > ${now} AND "refusalRecordedFor" IS DISTINCT FROM "blockedUntil"`;
  return marked > 0;
}
