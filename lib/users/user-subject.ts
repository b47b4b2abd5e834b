import { fillSentence, type Sentence } from "@/lib/i18n/sentence";
import type { Translate } from "@/lib/i18n/translate";

/**
 * How the admin pages name a user: 张三（zhangsan）, "Zhang San (zhangsan)" in English, the login
 * telling namesakes apart.
 */
export function userSubject(user: { displayName: string; loginName: string }, t: Translate): string {
  return fillSentence(userSubjectSentence(user, t));
}

/**
 * The same with the name left as data, marked where a page shows it. The login is filled in: it
 * is ASCII (LOGIN_NAME), not Chinese to be read with a Chinese voice, and cannot hold a brace.
 */
export function userSubjectSentence(user: { displayName: string; loginName: string }, t: Translate): Sentence {
  return { template: t("users.subject", { login: user.loginName }), data: { name: user.displayName } };
}
