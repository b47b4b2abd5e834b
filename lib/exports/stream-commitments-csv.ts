import "server-only";
import { collectGarbageSoon } from "./collect-garbage";
import type { Actor } from "@/lib/auth/actor";
import type { TCommitmentFilters } from "@/lib/commitments/filters";
import { CHINESE_READER, type Reader } from "@/lib/i18n/request-locale";
import { csvLine } from "./csv-cell";
import { EXPORT_COLUMNS, exportCells } from "./export-columns";
import { prepareExportRows } from "./export-rows";

/** Excel guesses the encoding of a CSV without one and reads Chinese UTF-8 as mojibake. */
const BOM = "\uFEFF";

/**
 * The commitments of the list for `filters` (all pages, the actor's scope) as CSV, same columns
 * as the Excel ledger. A pull stream: the next batch is read from the database only when the
 * client has taken the previous one.
 */
export async function streamCommitmentsCsv(actor: Actor, filters: TCommitmentFilters, options: { today: string; reader?: Reader }): Promise<ReadableStream<Uint8Array>> {
  const rows = await prepareExportRows(actor, filters, options.today);
  const { t, locale } = options.reader ?? CHINESE_READER;
  const encoder = new TextEncoder();
  const batches = rows.batches();
  let seq = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvLine(EXPORT_COLUMNS.map((c) => ({ value: t(c.header) })))));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          collectGarbageSoon();
          return controller.close();
        }
        controller.enqueue(encoder.encode(next.value.map((row) => csvLine(exportCells(row, ++seq, t, locale))).join("")));
      } catch (error) {
        console.error("[export] csv failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
