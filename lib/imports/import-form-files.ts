import type { MessageKey } from "@/lib/i18n/zh";
import { readUploadedText } from "./read-uploaded-text";

/** An uploaded .txt file, when given, becomes the `text` value (it wins over pasted text). */
export async function readImportFile(
  formData: FormData,
  values: Record<string, unknown>,
): Promise<{ field: string; messageKey: MessageKey } | null> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return null;
  const read = await readUploadedText(file);
  if ("problem" in read) return { field: "file", messageKey: read.problem };
  values.text = read.text;
  return null;
}
