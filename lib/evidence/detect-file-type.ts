// Evidence types are decided by the bytes, never by the file name or the browser's claim: a
// renamed .exe must not be served back as a PDF. Office documents are zip archives; their zip
// signature plus a matching extension is accepted (the [Content_Types].xml entry is not parsed).

export interface DetectedType {
  mimeType: string;
  /** The extension the stored name gets when the uploaded one does not match the content. */
  extension: string;
}

const OFFICE: Record<string, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The evidence type of `bytes`, or null when it is not one Duban accepts. */
export function detectFileType(bytes: Uint8Array, fileName: string): DetectedType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return { mimeType: "application/pdf", extension: "pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mimeType: "image/png", extension: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mimeType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return { mimeType: "image/gif", extension: "gif" };
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return { mimeType: "image/webp", extension: "webp" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
    return extension in OFFICE ? { mimeType: OFFICE[extension], extension } : null;
  }
  return isPlainText(bytes) ? { mimeType: "text/plain; charset=utf-8", extension: "txt" } : null;
}

/** Strict UTF-8 without NUL or other control characters than tab, newline and carriage return. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}
