import { translator, type Locale } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";

/**
 * The department's progress sheet (进展填报表): the first columns describe each commitment
 * (filled in by Duban, read back only for 编号) and what was returned of it, the last four are
 * the official's to fill.
 * An upload finds its columns by their headers, so a sheet downloaded before a descriptive column
 * was added (or with one deleted by the official) still reads. The sheet is written in the
 * official's language and read back in either: a sheet downloaded in English may be uploaded from
 * the Chinese page, and one filled by a colleague in the other language still reads.
 */
export const SHEET_NAMES: Record<Locale, string> = { zh: "进展填报", en: "Progress" };

export const SHEET_COLUMNS = [
  { key: "id", header: "bulk.col.id", width: 8 },
  // A department may own commitments of several reports (years, or a province's cities).
  { key: "report", header: "bulk.col.report", width: 24 },
  { key: "section", header: "bulk.col.section", width: 10 },
  { key: "indicator", header: "bulk.col.indicator", width: 28 },
  { key: "target", header: "bulk.col.target", width: 16 },
  { key: "deadline", header: "bulk.col.deadline", width: 12 },
  // A returned reading still to answer and the reviewer's note: the row's reading answers it.
  { key: "returned", header: "bulk.col.returned", width: 36 },
  { key: "asOf", header: "bulk.col.asOf", width: 14 },
  { key: "actualValue", header: "bulk.col.actual", width: 14 },
  { key: "done", header: "bulk.col.done", width: 10 },
  { key: "narrative", header: "bulk.col.narrative", width: 50 },
] as const satisfies readonly { key: string; header: MessageKey; width: number }[];

export type SheetColumnKey = (typeof SHEET_COLUMNS)[number]["key"];
/** The columns an upload reads: without any of them, the sheet is not ours. */
export const READ_COLUMNS = ["id", "asOf", "actualValue", "done", "narrative"] as const satisfies readonly SheetColumnKey[];
export type ReadColumnKey = (typeof READ_COLUMNS)[number];
export const columnIndex = (key: SheetColumnKey) => SHEET_COLUMNS.findIndex((c) => c.key === key) + 1;

/** A column's header as the sheet of that language writes it (an upload may carry either). */
export function headerName(key: SheetColumnKey, locale: Locale): string {
  return translator(locale)(SHEET_COLUMNS.find((c) => c.key === key)!.header);
}

/**
 * The language each column an upload reads is headed in: a problem of a row names its column as
 * the uploaded sheet heads it ("As of" in a sheet downloaded in English), whatever the language of
 * the page that says it. A sheet may mix them (a colleague renamed a column in the other language).
 */
export type HeaderLanguages = Record<ReadColumnKey, Locale>;

/** Every column headed in one language, as a sheet is built. */
export function headedIn(locale: Locale): HeaderLanguages {
  return Object.fromEntries(READ_COLUMNS.map((key) => [key, locale])) as HeaderLanguages;
}

/** What a milestone's 是否完成 cell offers, in each language. */
export const DONE_ANSWERS: Record<Locale, { yes: string; no: string }> = { zh: { yes: "是", no: "否" }, en: { yes: "Yes", no: "No" } };

/** A 是否完成 cell read in either language (English in any case), or null when it is neither answer. */
export function readDone(cell: string): boolean | null {
  const answer = cell.trim().toLowerCase();
  for (const { yes, no } of Object.values(DONE_ANSWERS)) {
    if (answer === yes.toLowerCase()) return true;
    if (answer === no.toLowerCase()) return false;
  }
  return null;
}

/** Rows in one sheet, as built and as an upload may carry them. */
export const MAX_SHEET_ROWS = 5_000;
