/**
 * The language of a report's own words (its text, quotes and indicators): Simplified Chinese
 * whatever the reader's language, so that a screen reader in English mode reads them as Chinese.
 */
export const REPORT_LANG = "zh-CN";

/**
 * The language of what people write and are called in Duban (narratives, notes, reasons,
 * answers; department and user names): Chinese as well, for the same reason.
 */
export const DATA_LANG = REPORT_LANG;

/**
 * `lang` for an element showing `value` when there is one: Chinese data is marked, the reader's
 * own "none" shown in its place is not.
 */
export function dataLang(value: unknown): typeof DATA_LANG | undefined {
  const present = Array.isArray(value) ? value.length > 0 : Boolean(value);
  return present ? DATA_LANG : undefined;
}

/**
 * `lang` for a figure written with its unit: Chinese while it holds the report's own unit ("≥ 2500个"
 * on a Chinese page, a unit English has no entry for); an English one ("≥ 2,500", "up 0.7
 * percentage points") is the reader's.
 */
export function figureLang(text: string): typeof REPORT_LANG | undefined {
  return /\p{Script=Han}/u.test(text) ? REPORT_LANG : undefined;
}
