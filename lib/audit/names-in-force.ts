/** A rename the audit trail holds: record `id` was called `before` until audit event `auditId`. */
export interface RecordedRename {
  auditId: string;
  id: number;
  before: string;
}

/** Names by record id, as describeChanges reads them. */
export interface NameLookup {
  get(id: number): string | undefined;
}

/**
 * Names as they stood when each audit event was written: an event before a rename shows the name
 * the record had then (the first later rename's "before"), a later one today's. A log read with
 * today's names alone said "牵头单位 → 市城市更新局" of an assignment made while it was 市测试局.
 * Pure: `current` holds today's names, `renames` every recorded rename of those records.
 */
export function namesInForce(current: ReadonlyMap<number, string>, renames: readonly RecordedRename[]): (auditId: string) => NameLookup {
  const byRecord = new Map<number, { auditId: bigint; before: string }[]>();
  for (const r of renames) {
    const list = byRecord.get(r.id) ?? [];
    list.push({ auditId: BigInt(r.auditId), before: r.before });
    byRecord.set(r.id, list);
  }
  for (const list of byRecord.values()) list.sort((a, b) => (a.auditId < b.auditId ? -1 : a.auditId > b.auditId ? 1 : 0));
  return (auditId) => {
    const at = BigInt(auditId);
    return {
      get: (id) => byRecord.get(id)?.find((r) => r.auditId > at)?.before ?? current.get(id),
    };
  };
}
