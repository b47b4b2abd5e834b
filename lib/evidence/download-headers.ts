import { downloadHeaders as attachmentHeaders } from "@/lib/exports/content-disposition";

/**
 * Headers of an evidence download: always an attachment (never rendered in our origin), the
 * type found by content at upload, and a UTF-8 file name (RFC 6266 / 5987) with an ASCII fallback
 * for old clients — the export downloads' headers, plus the length.
 */
export function downloadHeaders(file: { fileName: string; mimeType: string; size: number }): Record<string, string> {
  return { ...attachmentHeaders(file.mimeType, file.fileName, file.fileName), "Content-Length": String(file.size) };
}
