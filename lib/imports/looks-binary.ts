import { assertUsableText, ExtractionError } from "@/lib/extract/errors";

/**
 * Whether uploaded bytes are a binary file rather than text in some encoding: a Word, PDF or zip
 * file (or a program) renamed .txt. Told before decoding, because such bytes are also invalid
 * UTF-8 and would otherwise be tried as GB18030 and reported as an encoding to re-save. The extractor's own check
 * (NUL, or control characters past its share) decides, on the file's head read one byte per
 * character; UTF-16, which has NUL bytes, is told by its byte-order mark before this is asked.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  try {
    assertUsableText(new TextDecoder("latin1").decode(bytes.subarray(0, 8192)));
    return false;
  } catch (error) {
    return error instanceof ExtractionError && error.code === "BINARY";
  }
}
