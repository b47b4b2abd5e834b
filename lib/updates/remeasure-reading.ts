import "server-only";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import { decimalParam } from "@/lib/database/decimal-param";
import type { Tx } from "@/lib/db";
import { computePercent, toNumber } from "./compute-percent";

type Reading = Parameters<typeof computePercent>[1] & { id: number; asOf: Date; percent: Parameters<typeof toNumber>[0] };

/**
 * A reading measured against the target in force: its percent written onto it when that changed
 * (a 调整 approved since it was sent or approved), with the audit entry saying so (`recorded` adds
 * what caused it). The percent is returned either way.
 */
export async function remeasureReading(tx: Tx, target: Parameters<typeof computePercent>[0], reading: Reading, recorded: Record<string, unknown> = {}): Promise<{ percent: number | null; audit: AuditEntry | null }> {
  const percent = computePercent(target, reading);
  const was = toNumber(reading.percent);
  if (percent === was) return { percent, audit: null };
  await tx.progressUpdate.update({ where: { id: reading.id }, data: { percent: decimalParam(percent) } });
  return { percent, audit: { action: "update.remeasure", entity: "ProgressUpdate", entityId: reading.id, before: { percent: was }, after: { percent, asOf: reading.asOf, ...recorded } } };
}
