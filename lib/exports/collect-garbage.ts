/**
 * After a large export: a full garbage collection, when the server allows one (scripts/serve.mjs
 * starts its workers with --expose-gc). Each 10,000-row workbook leaves ≈ 4–7 MB of promoted
 * garbage that V8 keeps until its next full collection; export after export, a worker's memory
 * crept up (283 → 290 MB over six, and a warm worker once grew by 64 MB during one export) until
 * V8 enlarged its heap for good. Collected once the download ends, the workers stay at what one
 * export needs (docs/performance.md, eleventh round). Exports are rare: one pause of a few tens of
 * milliseconds each is the price. Without --expose-gc (plain `next start`) this does nothing.
 */
export function collectGarbageSoon(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === "function") setImmediate(gc);
}
