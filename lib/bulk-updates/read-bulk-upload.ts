import { chosenFile } from "@/lib/http/chosen-file";
import type { MessageKey } from "@/lib/i18n/zh";
import { readBulkSheet } from "./read-bulk-sheet";

/** The `readFiles` hook of the bulk form: the uploaded sheet becomes the `rows` and `headerLanguages` values. */
export async function readBulkUpload(formData: FormData, values: Record<string, unknown>): Promise<{ field: string; messageKey: MessageKey } | null> {
  const file = chosenFile(formData, "sheet");
  if (!file) return { field: "sheet", messageKey: "form.required" };
  if (file.size === 0) return { field: "sheet", messageKey: "bulk.error.emptyFile" };
  if (!/\.xlsx$/i.test(file.name)) return { field: "sheet", messageKey: "bulk.error.file" };
  const read = await readBulkSheet(await file.arrayBuffer());
  if ("problem" in read) return { field: "sheet", messageKey: read.problem };
  if (read.rows.length === 0) return { field: "sheet", messageKey: "bulk.error.empty" };
  values.rows = JSON.stringify(read.rows);
  values.headerLanguages = JSON.stringify(read.headerLanguages);
  return null;
}
