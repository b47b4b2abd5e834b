// After FREE_FAILURES wrong passwords for one login name from one address, each further failure
// blocks that name from that address for twice as long as the last, capped at MAX_BLOCK_MS so
// the real user is never locked out for good. Failures older than FORGET_AFTER_MS are forgotten.
// A block from one address does not shut the real user out at another. Guesses spread over many
// addresses (more than NAME_FREE_FAILURES for the name from all of them) put the name "under
// attack": every address then gets a single attempt before it waits, instead of five, and then
// waits as before — about four guesses an hour from each address once the blocks reach their
// cap. So spread guessing grows with the number of addresses an attacker holds; what keeps it
// impractical is the passwords (ten characters at least, common ones refused, argon2id). The
// name as a whole is never locked (anyone with ten addresses could otherwise keep any account,
// the only admin's too, locked). Without an address (`next dev`) the name is counted alone,
// with FREE_FAILURES.
export const FREE_FAILURES = 5;
export const NAME_FREE_FAILURES = 50;
const FIRST_BLOCK_MS = 30_000;
const MAX_BLOCK_MS = 15 * 60_000;
export const FORGET_AFTER_MS = 60 * 60_000;

export function blockDurationMs(failures: number, free = FREE_FAILURES): number {
  if (failures < free) return 0;
  return Math.min(FIRST_BLOCK_MS * 2 ** (failures - free), MAX_BLOCK_MS);
}

/**
 * What attempts are counted under (the table's "loginName" column): the name from one address,
 * and the name from any; the name alone when the address is not known. Login names hold no
 * spaces (LOGIN_NAME, checked before any key is made), so the two cannot be confused.
 */
export function throttleKeys(loginName: string, address: string | null): { key: string; free: number }[] {
  return address === null
    ? [{ key: loginName, free: FREE_FAILURES }]
    : [
        { key: `${loginName} ${address}`, free: FREE_FAILURES },
        { key: loginName, free: NAME_FREE_FAILURES },
      ];
}
