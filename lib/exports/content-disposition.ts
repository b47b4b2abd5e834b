/**
 * An attachment header whose file name survives every browser: RFC 6266's UTF-8 `filename*`
 * (督办台账-2023-07-01.xlsx) and an ASCII `filename` for clients that do not read it.
 */
export function attachment(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encoded}`;
}

/** Headers of every export download: private data, never cached by a proxy. */
export function downloadHeaders(contentType: string, fileName: string, asciiFallback: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": attachment(fileName, asciiFallback),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
