import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { TCommitmentFilters } from "@/lib/commitments/filters";
import { CHINESE_READER, type Reader } from "@/lib/i18n/request-locale";
import { csvPullStream } from "./csv-pull-stream";
import { EXPORT_COLUMNS, exportCells } from "./export-columns";
import { prepareExportRows } from "./export-rows";

/**
 * The commitments of the list for `filters` (all pages, the actor's scope) as CSV, same columns
 * as the Excel ledger. A pull stream: the next batch is read from the database only when the
 * client has taken the previous one.
 */
export async function streamCommitmentsCsv(actor: Actor, filters: TCommitmentFilters, options: { today: string; reader?: Reader }): Promise<ReadableStream<Uint8Array>> {
  const rows = await prepareExportRows(actor, filters, options.today);
  const { t, locale } = options.reader ?? CHINESE_READER;
  const batches = rows.batches();
  let seq = 0;
  return csvPullStream(
    EXPORT_COLUMNS.map((c) => ({ value: t(c.header) })),
    async () => {
      const next = await batches.next();
      return next.done ? null : next.value.map((row) => exportCells(row, ++seq, t, locale));
    },
    { label: "csv", cancel: () => batches.return(undefined) },
  );
}
