import { en } from "./en";
import { zh, type MessageKey } from "./zh";

export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh";
export const LOCALE_COOKIE = "duban-locale";

/** A list (department names …) is joined as the language enumerates: "甲、乙" / "A, B". */
export type MessageParams = Record<string, string | number | readonly string[]>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const dictionaries: Record<Locale, Record<MessageKey, string>> = { zh, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, key);
}

export function parseLocale(value: string | undefined | null): Locale {
  return value === "en" ? "en" : DEFAULT_LOCALE;
}

export function translator(locale: Locale): Translate {
  const dict = dictionaries[locale];
  return (key, params) => {
    const text = dict[key] ?? key;
    if (!params) return text;
    // "{days}" is the value; "{days:day|days}" picks the word that goes with it (English plurals).
    return text.replace(/\{(\w+)(?::([^|{}]*)\|([^|{}]*))?\}/g, (m, name: string, one?: string, other?: string) => {
      if (!(name in params)) return m;
      const value = params[name];
      if (typeof value === "object") return value.join(dict["common.enumeration"]);
      if (one === undefined) return String(value);
      return Number(value) === 1 ? one : other!;
    });
  };
}
