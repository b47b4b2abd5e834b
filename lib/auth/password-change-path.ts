import { HERE, safeCallbackUrl } from "./safe-callback-url";

/** 修改密码: the one page of a user whose password an admin chose, until they change it. */
export const PASSWORD_CHANGE_PATH = "/account/password";

function isPasswordChangePage(path: string): boolean {
  return new URL(path, HERE).pathname === PASSWORD_CHANGE_PATH;
}

/**
 * Where a page sends a user who must change the password an admin chose (requireActor): to
 * 修改密码, carrying the page asked for (`next`) to lead on to afterwards; null on that page itself.
 * `asked`: the path and query the proxy saw (PAGE_PATH_HEADER); without it, 修改密码 all the same.
 */
export function passwordChangeRedirect(asked: string | null): string | null {
  if (asked !== null && isPasswordChangePage(asked)) return null;
  const next = afterPasswordChange(asked);
  return next === "/" ? PASSWORD_CHANGE_PATH : `${PASSWORD_CHANGE_PATH}?next=${encodeURIComponent(next)}`;
}

/** Where a due change leads on to: the page first asked for when it is one of ours, else home. */
export function afterPasswordChange(next: unknown): string {
  const path = safeCallbackUrl(typeof next === "string" ? next : null);
  return isPasswordChangePage(path) ? "/" : path;
}
