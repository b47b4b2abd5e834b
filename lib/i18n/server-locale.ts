import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, parseLocale, translator, type Locale, type Translate } from "./translate";

export async function getLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getTranslator(): Promise<{ locale: Locale; t: Translate }> {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}
