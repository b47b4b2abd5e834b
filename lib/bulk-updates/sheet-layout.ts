import type { MessageKey } from "@/lib/i18n/zh";

/**
 * The department's progress sheet (进展填报表): the first columns describe each commitment
 * (filled in by Duban, read back only for 编号), the last four are the official's to fill.
 */
export const SHEET_NAME = "进展填报";

export const SHEET_COLUMNS = [
  { key: "id", header: "bulk.col.id", width: 8 },
  { key: "section", header: "bulk.col.section", width: 10 },
  { key: "indicator", header: "bulk.col.indicator", width: 28 },
  { key: "target", header: "bulk.col.target", width: 16 },
  { key: "deadline", header: "bulk.col.deadline", width: 12 },
  { key: "asOf", header: "bulk.col.asOf", width: 14 },
  { key: "actualValue", header: "bulk.col.actual", width: 14 },
  { key: "done", header: "bulk.col.done", width: 10 },
  { key: "narrative", header: "bulk.col.narrative", width: 50 },
] as const satisfies readonly { key: string; header: MessageKey; width: number }[];

export type SheetColumnKey = (typeof SHEET_COLUMNS)[number]["key"];
export const columnIndex = (key: SheetColumnKey) => SHEET_COLUMNS.findIndex((c) => c.key === key) + 1;

export const DONE_YES = "是";
export const DONE_NO = "否";

/** Rows in one sheet, as built and as an upload may carry them. */
export const MAX_SHEET_ROWS = 5_000;
