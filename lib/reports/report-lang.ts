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
