/** Runs a password must not be part of: digits, the alphabet, keyboard rows (either way). */
const FORWARD = ["01234567890123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p"];
const RUNS = [...FORWARD, ...FORWARD.map((run) => [...run].reverse().join(""))];

/**
 * Whether a password long enough is still one anybody would guess: a character or two repeated
 * ("aaaaaaaaaa", "abababab12") or a run of digits, letters or keys ("1234567890", "qwertyuiop").
 * Checked by the password field's schema, wherever a password is set.
 */
export function isWeakPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5) return true;
  return RUNS.some((run) => run.includes(lower));
}

/**
 * Whether the account's own login name is inside its password ("zhangsan2023"): checked where
 * the account is known — creating it, resetting it, its owner changing it.
 */
export function containsLoginName(password: string, loginName: string): boolean {
  return loginName.length >= 2 && password.toLowerCase().includes(loginName.toLowerCase());
}
