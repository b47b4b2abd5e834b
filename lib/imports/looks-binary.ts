/**
 * Whether uploaded bytes are a binary file rather than text in some encoding: a Word, PDF or zip
 * file (or a program) renamed .txt. Told before decoding, because such bytes are also invalid
 * UTF-8 and would otherwise be reported as a GBK file to re-save. Text in any encoding has no NUL
 * byte (UTF-16, which has, is told by its byte-order mark before this is asked) and next to no
 * control bytes (the extractor's assertUsableText counts them the same way, ESC aside: terminal
 * colour codes in a pasted text are still text).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) controls++;
  }
  return controls > 8 && controls / head.length > 0.01;
}
