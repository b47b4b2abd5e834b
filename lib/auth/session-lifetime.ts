/**
 * The longest a session lasts from its sign-in, however often it is used: the rolling cookie
 * (SESSION_MAX_AGE) is renewed on use, and without a bound a cookie kept busy — by its user or
 * by whoever copied it — would never end. A working day and the night after it.
 */
export const SESSION_LIFETIME_SECONDS = 24 * 60 * 60;

/**
 * Whether a session signed in at `signedInAt` (seconds) has outlived its lifetime. A session
 * without it was signed in before lifetimes (and session ids) were kept: it could be neither
 * bounded nor signed out, so it is over, and its user signs in once more.
 */
export function sessionOutlived(signedInAt: number | undefined, now = Date.now()): boolean {
  return typeof signedInAt !== "number" || now / 1000 - signedInAt > SESSION_LIFETIME_SECONDS;
}
