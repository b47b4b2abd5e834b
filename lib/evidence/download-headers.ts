/**
 * Headers of an evidence download: always an attachment (never rendered in our origin), the
 * type found by content at upload, and a UTF-8 file name (RFC 6266 / 5987) with an ASCII fallback
 * for old clients.
 */
export function downloadHeaders(file: { fileName: string; mimeType: string; size: number }): Record<string, string> {
  const fallback = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return {
    "Content-Type": file.mimeType,
    "Content-Length": String(file.size),
    "Content-Disposition": `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(file.fileName)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}

function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
