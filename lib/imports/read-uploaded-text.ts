import { looksBinary } from "./looks-binary";
import { MAX_REPORT_CHARS } from "./types";

export type UploadProblem = "import.error.fileType" | "import.error.tooLarge" | "import.error.ENCODING" | "import.error.BINARY";

const MAX_BYTES = MAX_REPORT_CHARS * 3;

/**
 * A report uploaded as a .txt file, decoded strictly as UTF-8 or, with its byte-order mark,
 * UTF-16 (a GBK file is refused with a clear message rather than imported as mojibake; a Word or
 * PDF file renamed .txt is told to be saved as text). A leading BOM is dropped.
 */
export async function readUploadedText(file: File): Promise<{ text: string } | { problem: UploadProblem }> {
  const nameOk = /\.txt$/i.test(file.name);
  const typeOk = file.type === "" || file.type.startsWith("text/");
  if (!nameOk || !typeOk) return { problem: "import.error.fileType" };
  if (file.size > MAX_BYTES) return { problem: "import.error.tooLarge" };
  const bytes = new Uint8Array(await file.arrayBuffer());
  // Notepad's "Unicode" and Word's plain text in Unicode are UTF-16 with a byte-order mark: text,
  // though full of NUL bytes. Read as such.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (!utf16 && looksBinary(bytes)) return { problem: "import.error.BINARY" };
  try {
    const text = new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, "") };
  } catch {
    return { problem: "import.error.ENCODING" };
  }
}
