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
  // A browser sends a nameless empty part when no file was chosen; a chosen file may be empty too.
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return null;
  if (file.size === 0) return { field: "file", messageKey: "import.error.emptyFile" };
  const read = await readUploadedText(file);
  if ("problem" in read) return { field: "file", messageKey: read.problem };
  values.text = read.text;
  values.textFrom = "file";
  return null;
}
