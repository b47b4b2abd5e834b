import "server-only";
import { pickReport, type ReportChoice } from "@/lib/dashboard/pick-report";
import type { TCommitmentFilters } from "@/lib/commitments/filters";

/**
 * The report the ledger's list was narrowed to: null for a ledger of every report, "missing"
 * when the id names none (refused as the Word report's is, rather than an empty file).
 */
export async function ledgerReport(filters: TCommitmentFilters): Promise<ReportChoice | null | "missing"> {
  if (filters.report === undefined) return null;
  return (await pickReport(filters.report)).report ?? "missing";
}
