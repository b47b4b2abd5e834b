import { looksBinary } from "./looks-binary";
import { MAX_REPORT_CHARS } from "./types";

export type UploadProblem = "import.error.fileType" | "import.error.tooLarge" | "import.error.ENCODING" | "import.error.BINARY";

const MAX_BYTES = MAX_REPORT_CHARS * 3;

/**
 * A report uploaded as a .txt file, decoded strictly as UTF-8, as UTF-16 with its byte-order
 * mark, or else as GB18030 (GBK's superset: Notepad's "ANSI" on a Chinese Windows, common in
 * government offices) when that reads as Chinese text. Anything else is refused with a clear
 * message rather than imported as mojibake; a Word or PDF file renamed .txt is told to be saved as
 * text. A leading BOM is dropped. Run in the browser too (the import form reads the issuer from it).
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
  const text = decoded(bytes, utf16 ?? "utf-8") ?? (utf16 ? null : chineseGb18030(bytes));
  return text === null ? { problem: "import.error.ENCODING" } : { text: text.replace(/^\uFEFF/, "") };
}

function decoded(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The bytes as GB18030, when they read as Chinese prose: GB18030 gives a character to most pairs
 * of high bytes, so a Latin-1 file ("café" + letters) could decode without error. Chinese text
 * writes its non-ASCII characters as Han characters and Chinese punctuation, and a sentence has a
 * full-width comma or full stop.
 */
function chineseGb18030(bytes: Uint8Array): string | null {
  const text = decoded(bytes, "gb18030");
  if (text === null || !/[，。]/.test(text)) return null;
  let wide = 0;
  let chinese = 0;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) continue;
    wide++;
    if (isChineseCharacter(code)) chinese++;
  }
  return chinese >= wide * 0.9 ? text : null;
}

/** Han characters (the common block and extension A), CJK and full-width punctuation, and “”‘’—…. */
function isChineseCharacter(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2010 && code <= 0x206f) ||
    code === 0xb7 ||
    code === 0x2236
  );
}
