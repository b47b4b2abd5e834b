import { LOCALE_COOKIE, parseLocale, translator, type Locale, type Translate } from "./translate";

/** A reader's language: its code and its messages. */
export interface Reader {
  locale: Locale;
  t: Translate;
}

/** Who reads when nobody says: the first language. */
export const CHINESE_READER: Reader = { locale: "zh", t: translator("zh") };

/**
 * The reader's language for a route handler, from the request's own cookie (what getTranslator
 * reads for pages): a download is written in the language of the page it was asked from.
 */
export function requestReader(request: Request): Reader {
  const cookie = request.headers.get("cookie") ?? "";
  const value = cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  const locale = parseLocale(value);
  return { locale, t: translator(locale) };
}
