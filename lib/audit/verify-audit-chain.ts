import "server-only";
import { db as defaultDb, type Db, type Tx } from "@/lib/db";
import type { AuditEvent } from "@/lib/generated/prisma/client";
import { auditHash } from "./audit-hash";

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: string; reason: "hash" | "link" };

const BATCH = 5_000;

/** Walks the audit trail in order and reports the first event whose hash or link is wrong. */
export async function verifyAuditChain(client: Db | Tx = defaultDb): Promise<ChainVerdict> {
  let prevHash: string | null = null;
  let cursor: bigint | null = null;
  let checked = 0;
  for (;;) {
    const events: AuditEvent[] = await client.auditEvent.findMany({
      where: cursor === null ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (events.length === 0) return { ok: true, checked };
    for (const e of events) {
      if (e.prevHash !== prevHash) return { ok: false, checked, brokenAt: e.id.toString(), reason: "link" };
      const expected = auditHash(prevHash, { ...e, before: e.before, after: e.after });
      if (expected !== e.hash) return { ok: false, checked, brokenAt: e.id.toString(), reason: "hash" };
      prevHash = e.hash;
      checked++;
    }
    cursor = events[events.length - 1].id;
  }
}
