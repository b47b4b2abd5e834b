import { MAX_FILE_NAME_LENGTH } from "./types";

/**
 * A file name safe to store and to send back in Content-Disposition: no directories (a browser
 * may send "C:\\fakepath\\x.pdf"), no control or bidi-override characters, at most 120
 * characters with the extension kept, and the extension the content was detected as.
 */
export function sanitizeFileName(raw: string, extension: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069"*:<>?|]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "");
  const dot = cleaned.lastIndexOf(".");
  // Dots and spaces left at the stem's start (". ..pdf") would make a hidden or dot-dot name.
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).trim().replace(/^[.\s]+/, "") || "evidence";
  const current = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : "";
  // A .jpeg stays .jpeg; a .pdf holding a PNG is stored as .png so its name tells the truth.
  const sameType = current === extension || (extension === "jpg" && current === "jpeg");
  const suffix = `.${sameType ? current : extension}`;
  return [...stem].slice(0, MAX_FILE_NAME_LENGTH - suffix.length).join("") + suffix;
}
