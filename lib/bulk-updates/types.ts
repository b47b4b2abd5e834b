import { z } from "zod";
import { MAX_SHEET_ROWS } from "./sheet-layout";

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

/** The rows read from an uploaded sheet (see read-bulk-sheet.ts), as JSON text in the form. */
export const ZSubmitBulkUpdates = z.object({
  rows: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "bulk.error.file" });
        return z.NEVER;
      }
    })
    .pipe(z.array(ZSheetRow).min(1, { error: "bulk.error.empty" }).max(MAX_SHEET_ROWS)),
});
export type TSubmitBulkUpdates = z.infer<typeof ZSubmitBulkUpdates>;
