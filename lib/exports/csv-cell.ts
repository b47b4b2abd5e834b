import type { ExportCell } from "./export-columns";

// RFC 4180 fields, made safe to open in a spreadsheet: text that starts like a formula
// (= + - @, or a tab / carriage return some programs strip first) gets a leading apostrophe,
// so 督办 data can never run as a formula on a colleague's machine (CSV injection). Numbers
// are written as numbers and need no guard: "-3" is a value, not a formula.

const FORMULA_START = /^[=+\-@\t\r]/;

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvField(cell: ExportCell): string {
  if (cell.value === null) return "";
  if (cell.text !== undefined) return quote(FORMULA_START.test(cell.text) ? `'${cell.text}` : cell.text);
  if (typeof cell.value === "number") return String(cell.value);
  if (cell.value instanceof Date) return cell.value.toISOString().slice(0, 10);
  return quote(FORMULA_START.test(cell.value) ? `'${cell.value}` : cell.value);
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvLine(cells: ExportCell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}
