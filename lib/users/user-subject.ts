import type { Translate } from "@/lib/i18n/translate";

/**
 * How the admin pages name a user: 张三（zhangsan）, "Zhang San (zhangsan)" in English, the login
 * telling namesakes apart.
 */
export function userSubject(user: { displayName: string; loginName: string }, t: Translate): string {
  return t("users.subject", { name: user.displayName, login: user.loginName });
}
