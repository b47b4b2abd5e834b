import { z } from "zod";
import { LOCALES } from "@/lib/i18n/translate";
import { MAX_SHEET_ROWS, headedIn, type HeaderLanguages } from "./sheet-layout";

// Loose caps, only against absurd payloads (the file itself is at most 10 MB): what a cell may
// hold is judged per row by checkSheetRow, whose messages name the row ("第 5 行：…"). Tight caps
// here refused a whole file with no row named for a note in 是否完成 or a long narrative.
const CELL = 2_000;
const ZSheetRow = z.object({
  row: z.number().int().positive().max(2_147_483_647),
  id: z.string().max(CELL),
  asOf: z.string().max(CELL),
  actualValue: z.string().max(CELL),
  done: z.string().max(CELL),
  narrative: z.string().max(200_000),
});

const language = z.enum(LOCALES);
const ZHeaderLanguages = z.object({ id: language, asOf: language, actualValue: language, done: language, narrative: language }) satisfies z.ZodType<HeaderLanguages>;

const json = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: "custom", message: "bulk.error.file" });
    return z.NEVER;
  }
});

/**
 * The rows read from an uploaded sheet and the language of its headers (see read-bulk-sheet.ts),
 * as JSON text in the form. A caller that read no sheet (a script) has its columns named in
 * Chinese, the sheet's first language.
 */
export const ZSubmitBulkUpdates = z.object({
  rows: json.pipe(z.array(ZSheetRow).min(1, { error: "bulk.error.empty" }).max(MAX_SHEET_ROWS)),
  headerLanguages: json.pipe(ZHeaderLanguages).optional().transform((headers) => headers ?? headedIn("zh")),
});
export type TSubmitBulkUpdates = z.infer<typeof ZSubmitBulkUpdates>;
