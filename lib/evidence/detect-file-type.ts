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

/** Plain-text formats whose own extension is kept (they are served as plain text all the same). */
const TEXT_EXTENSIONS = new Set(["txt", "csv", "tsv", "md", "json", "log"]);

/**
 * Text a browser reads as a page, an image or a script. Served back as plain text it would show
 * its markup, not what it shows: refused by name, with the way to hand it in (a PDF).
 */
const MARKUP_EXTENSIONS = new Set(["html", "htm", "xhtml", "shtml", "mht", "mhtml", "svg", "xml", "js", "mjs"]);

/** What the file picker offers: every type accepted, by extension and by the browser's type. */
export const EVIDENCE_ACCEPT = [
  ...["pdf", "png", "jpg", "jpeg", "gif", "webp", ...Object.keys(OFFICE), ...TEXT_EXTENSIONS].map((extension) => `.${extension}`),
  ...["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain", "text/csv"],
].join(",");

/**
 * Names of formats that are never plain text. Text under such a name is a broken download or an
 * export gone wrong more often than a file misnamed: it is refused, not stored as .txt unasked.
 */
const BINARY_EXTENSIONS = new Set(["pdf", "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "doc", "xls", "ppt", ...Object.keys(OFFICE), "zip", "rar", "7z"]);

const extensionOf = (fileName: string) => /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";

/** The extension of a file of plain text named as a format that never is (a PDF, an image, an Office document), or null. */
export function binaryNameOfText(fileName: string): string | null {
  const extension = extensionOf(fileName);
  return BINARY_EXTENSIONS.has(extension) ? extension : null;
}

/** Whether a file of plain text is named as markup (a web page, an SVG image, a script). */
export function isMarkupName(fileName: string): boolean {
  return MARKUP_EXTENSIONS.has(extensionOf(fileName));
}

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
    const extension = extensionOf(fileName);
    return extension in OFFICE ? { mimeType: OFFICE[extension], extension } : null;
  }
  if (!isPlainText(bytes)) return null;
  const extension = extensionOf(fileName);
  return { mimeType: "text/plain; charset=utf-8", extension: TEXT_EXTENSIONS.has(extension) ? extension : "txt" };
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
