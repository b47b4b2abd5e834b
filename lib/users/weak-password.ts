/** Runs a password must not be part of: digits, the alphabet, keyboard rows (either way). */
const RUNS = ["01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"];

/**
 * Whether a password long enough is still one anybody would guess: a character or two repeated
 * ("aaaaaaaaaa", "abababab12"), a run of digits or letters or keys ("1234567890", "qwertyuiop"),
 * or the account's own login name inside it.
 */
export function isWeakPassword(password: string, loginName?: string): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5) return true;
  if (RUNS.some((run) => run.includes(lower) || [...run].reverse().join("").includes(lower))) return true;
  return Boolean(loginName && loginName.length >= 2 && lower.includes(loginName.toLowerCase()));
}
