import { parseCommitmentFilters, type TCommitmentFilters } from "@/lib/commitments/filters";
import type { MessageKey } from "@/lib/i18n/zh";
import type { MessageParams } from "@/lib/i18n/translate";
import type { ExportGrouping } from "./export-rows";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: MessageKey; params?: MessageParams };

/**
 * The list's filters that choose its rows. The list drops one it cannot read (a bad link still
 * opens it); an export must not: `report=abc` would hand on every report's commitments unasked.
 */
const NARROWING = ["report", "section", "department", "responsible", "status", "open", "kind", "reminder", "dueFrom", "dueTo"] as const;

/** The first filter given in `url` that the list could not read, as a refusal naming it; null when all are read. */
export function unreadableFilter(url: URL, filters: TCommitmentFilters): { ok: false; error: MessageKey; params: MessageParams } | null {
  for (const name of NARROWING) {
    const given = url.searchParams.get(name);
    if (given !== null && given.trim() !== "" && filters[name] === undefined) {
      return { ok: false, error: name === "report" ? "export.error.reportParam" : "export.error.filter", params: { name } };
    }
  }
  return null;
}

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
  const filters = parseCommitmentFilters(searchParamsRecord(url));
  return unreadableFilter(url, filters) ?? { ok: true, value: { filters, sheets: sheets || undefined } };
}
