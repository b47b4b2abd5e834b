import type { MessageKey } from "@/lib/i18n/zh";
import { readUploadedText } from "./read-uploaded-text";

/**
 * An uploaded .txt file, when given, becomes the `text` value (it wins over pasted text), and
 * `textFrom` says so: what is wrong with the text is then said beside the file field.
 */
export async function readImportFile(
  formData: FormData,
  values: Record<string, unknown>,
): Promise<{ field: string; messageKey: MessageKey } | null> {
  const file = formData.get("file");
  // With no file chosen the browser still sends an empty part, whose name may arrive as "" or
  // "blob": only an empty .txt is a chosen file that is empty.
  if (!(file instanceof File)) return null;
  if (file.size === 0) return /\.txt$/i.test(file.name) ? { field: "file", messageKey: "import.error.emptyFile" } : null;
  const read = await readUploadedText(file);
  if ("problem" in read) return { field: "file", messageKey: read.problem };
  values.text = read.text;
  values.textFrom = "file";
  return null;
}
