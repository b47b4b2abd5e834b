/**
 * One cell of the ledger: a typed value for Excel (numbers as numbers, dates as dates) with its
 * number format, and `text`, how CSV shows it when that differs from the bare value.
 */
export interface ExportCell {
  value: string | number | Date | null;
  numFmt?: string;
  text?: string;
}

export const DATE_FORMAT = "yyyy-mm-dd";

/** A decimal as SQL read it (text, so Decimal precision survives until here), or an empty cell. */
export const numberCell = (decimal: string | null): ExportCell => (decimal === null ? { value: null } : { value: Number(decimal) });

/** An ISO day as an Excel date (no time zone: written as UTC midnight), or an empty cell. */
export const dayCell = (day: string | null): ExportCell => (day === null ? { value: null } : { value: new Date(`${day}T00:00:00Z`), numFmt: DATE_FORMAT, text: day });
