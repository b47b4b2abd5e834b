import ExcelJS from "exceljs";
import { LOCALES } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";
import { zipWithinLimits } from "./zip-within-limits";
import { READ_COLUMNS, SHEET_NAMES, headerName, type HeaderLanguages, type ReadColumnKey } from "./sheet-layout";

/** One filled-in row, as text, with its row number for error messages. */
export interface SheetRow {
  row: number;
  id: string;
  asOf: string;
  actualValue: string;
  done: string;
  narrative: string;
}

const MAX_BYTES = 10 * 1024 * 1024;
/** A department's sheet unpacks to well under a megabyte; ExcelJS holds all of it in memory. */
export const SHEET_ZIP_LIMITS = { maxInflated: 50 * 1024 * 1024, maxEntries: 1_000 };

/**
 * Reads the uploaded sheet. Rows where the official filled nothing are skipped; everything
 * else comes back as text for the use case to validate row by row. The sheet and the columns
 * read are found by name, in either language, wherever the columns stand; the language each is
 * headed in comes back too, for the rows' problems to name the columns as the sheet does.
 */
export async function readBulkSheet(bytes: ArrayBuffer): Promise<{ rows: SheetRow[]; headerLanguages: HeaderLanguages } | { problem: MessageKey }> {
  if (bytes.byteLength > MAX_BYTES) return { problem: "bulk.error.file" };
  if (!zipWithinLimits(new Uint8Array(bytes), SHEET_ZIP_LIMITS)) return { problem: "bulk.error.file" };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return { problem: "bulk.error.file" };
  }
  const sheets = Object.values(SHEET_NAMES).flatMap((name) => workbook.getWorksheet(name) ?? []);
  // Both languages' sheets in one file: which one holds the figures?
  if (sheets.length !== 1) return { problem: "bulk.error.sheet" };
  const [sheet] = sheets;
  const headers = readColumns(sheet.getRow(1));
  if (!headers) return { problem: "bulk.error.sheet" };
  const { columns, headerLanguages } = headers;
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cell = (key: ReadColumnKey) => shown(row.getCell(columns[key]));
    const filled = { asOf: cell("asOf"), actualValue: cell("actualValue"), done: cell("done"), narrative: cell("narrative") };
    if (!filled.asOf && !filled.actualValue && !filled.done && !filled.narrative) return;
    rows.push({ row: number, id: cell("id"), ...filled });
  });
  return { rows, headerLanguages };
}

/**
 * Where each column the upload reads stands in the header row, and the language it is headed in,
 * or null when one is missing or stands twice (which one would hold the figure?).
 */
function readColumns(headerRow: ExcelJS.Row): { columns: Record<ReadColumnKey, number>; headerLanguages: HeaderLanguages } | null {
  const found = new Map<string, number[]>();
  headerRow.eachCell((cell, column) => {
    const name = text(cell.value);
    found.set(name, [...(found.get(name) ?? []), column]);
  });
  const columns = {} as Record<ReadColumnKey, number>;
  const headerLanguages = {} as HeaderLanguages;
  for (const key of READ_COLUMNS) {
    const at = LOCALES.flatMap((locale) => (found.get(headerName(key, locale)) ?? []).map((column) => ({ column, locale })));
    if (at.length !== 1) return null;
    columns[key] = at[0].column;
    headerLanguages[key] = at[0].locale;
  }
  return { columns, headerLanguages };
}

/**
 * A cell as the text a person sees. "5.2%" typed into Excel is stored as 0.052 with a percent
 * format: read as the number it would have been 100 times too small, so it comes back as "5.2%"
 * and is refused as the update form refuses it (figures are written in the target's unit).
 */
function shown(cell: ExcelJS.Cell): string {
  if (typeof cell.value === "number" && cell.numFmt?.includes("%")) return `${Number((cell.value * 100).toPrecision(12))}%`;
  return text(cell.value);
}

/** A cell's value as text; dates as YYYY-MM-DD (Excel stores them as UTC midnight). */
function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("").trim();
    if ("result" in value) return text(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text).trim();
    return "";
  }
  return String(value).trim();
}
