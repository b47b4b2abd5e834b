import { z } from "zod";
import { MAX_SHEET_ROWS } from "./sheet-layout";

const ZSheetRow = z.object({
  row: z.number().int().positive().max(2_147_483_647),
  id: z.string().max(20),
  asOf: z.string().max(40),
  actualValue: z.string().max(40),
  done: z.string().max(20),
  narrative: z.string().max(20_000),
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
