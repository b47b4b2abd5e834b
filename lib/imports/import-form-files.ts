import { chosenFile } from "@/lib/http/chosen-file";
import type { MessageKey } from "@/lib/i18n/zh";
import { readUploadedText } from "./read-uploaded-text";
import { MAX_REPORT_CHARS } from "./types";

/**
 * An uploaded .txt file, when given, becomes the `text` value, and `textFrom` says so: what is
 * wrong with the text is then said beside the file field. A file and pasted text together are
 * refused: which one did the admin mean to import? Only this reading sets `textFrom` (one the
 * form sent is dropped).
 */
export async function readImportFile(
  formData: FormData,
  values: Record<string, unknown>,
): Promise<{ field: string; messageKey: MessageKey } | null> {
  delete values.textFrom;
  const file = chosenFile(formData, "file");
  if (!file) return null;
  if (typeof values.text === "string" && values.text.trim() !== "") return { field: "file", messageKey: "import.error.fileAndText" };
  if (file.size === 0) return { field: "file", messageKey: "import.error.emptyFile" };
  const read = await readUploadedText(file);
  if ("problem" in read) return { field: "file", messageKey: read.problem };
  // Checked here rather than by the schema, which would say it beside the paste box.
  if (read.text.trim() === "") return { field: "file", messageKey: "import.error.emptyFile" };
  if (read.text.length > MAX_REPORT_CHARS) return { field: "file", messageKey: "import.error.tooLarge" };
  values.text = read.text;
  values.textFrom = "file";
  return null;
}
