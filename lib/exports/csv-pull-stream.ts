import { collectGarbageSoon } from "./collect-garbage";
import { csvLine } from "./csv-cell";
import type { ExportCell } from "./export-cell";

/** Excel guesses the encoding of a CSV without one and reads Chinese UTF-8 as mojibake. */
const BOM = "\uFEFF";

/**
 * A CSV download as a pull stream: the BOM and the header at once, then one batch of records
 * each time the client has taken the previous one — `next` reads it, null when there is no more.
 * A failure breaks the download (logged under `label`) rather than ending it as if complete.
 */
export function csvPullStream(
  header: ExportCell[],
  next: () => Promise<ExportCell[][] | null>,
  options: { label: string; cancel?: () => Promise<unknown> },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(header)));
    },
    async pull(controller) {
      try {
        const records = await next();
        if (records === null) {
          collectGarbageSoon();
          return controller.close();
        }
        controller.enqueue(encoder.encode(records.map(csvLine).join("")));
      } catch (error) {
        console.error(`[export] ${options.label} failed`, error);
        controller.error(error);
      }
    },
    async cancel() {
      await options.cancel?.();
    },
  });
}
