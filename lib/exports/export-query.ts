import { parseCommitmentFilters, type TCommitmentFilters } from "@/lib/commitments/filters";
import type { MessageKey } from "@/lib/i18n/zh";
import type { ExportGrouping } from "./export-rows";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: MessageKey };

export function searchParamsRecord(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}

/**
 * The list's filters (read as leniently as the list reads them, so an export of the page you see
 * has the same rows) plus the export's own `sheets`, which is refused when it is not understood.
 */
export function parseLedgerQuery(url: URL): Parsed<{ filters: TCommitmentFilters; sheets?: ExportGrouping }> {
  const sheets = url.searchParams.get("sheets");
  if (sheets !== null && sheets !== "" && sheets !== "section" && sheets !== "department") return { ok: false, error: "export.error.sheets" };
  return { ok: true, value: { filters: parseCommitmentFilters(searchParamsRecord(url)), sheets: sheets || undefined } };
}
