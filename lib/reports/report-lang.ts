/**
 * The language of a report's own words (its text, quotes and indicators): Simplified Chinese
 * whatever the reader's language, so that a screen reader in English mode reads them as Chinese.
 */
export const REPORT_LANG = "zh-CN";
