import "server-only";
import { db as defaultDb, type Db, type Tx } from "@/lib/db";
import type { AuditEvent } from "@/lib/generated/prisma/client";
import { auditHash } from "./audit-hash";
import type { ChainAnchor } from "./chain-anchor";

export type ChainVerdict =
  | {
      ok: true;
      checked: number;
      /** The newest event, to be written down and checked against next time; null for an empty trail. */
      head: { id: string; hash: string } | null;
      /** The point written down earlier that the trail was found to agree with. */
      anchor: string | null;
    }
  | {
      ok: false;
      checked: number;
      brokenAt: string;
      /**
       * hash: an event's content does not match its hash; link: it does not follow the one before;
       * anchor: the point written down has another hash now (the trail up to it was rewritten);
       * anchorMissing: the point written down is gone (the newest events were removed).
       */
      reason: "hash" | "link" | "anchor" | "anchorMissing";
    };

const BATCH = 5_000;

/**
 * Walks the audit trail in order and reports the first event whose hash or link is wrong; given
 * a point written down earlier (chain-anchor.ts), also whether the trail still holds it.
 */
export async function verifyAuditChain(client: Db | Tx = defaultDb, anchor: ChainAnchor | null = null): Promise<ChainVerdict> {
  let prevHash: string | null = null;
  let head: { id: string; hash: string } | null = null;
  let cursor: bigint | null = null;
  let checked = 0;
  // Said once the whole trail is checked: a break in the chain itself comes first, and a point
  // mistyped does not stop the rest from being checked.
  let anchorSeen: "agrees" | "differs" | null = null;
  for (;;) {
    const events: AuditEvent[] = await client.auditEvent.findMany({
      where: cursor === null ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (events.length === 0) break;
    for (const e of events) {
      if (e.prevHash !== prevHash) return { ok: false, checked, brokenAt: e.id.toString(), reason: "link" };
      const expected = auditHash(prevHash, { ...e, before: e.before, after: e.after });
      if (expected !== e.hash) return { ok: false, checked, brokenAt: e.id.toString(), reason: "hash" };
      if (anchor && e.id.toString() === anchor.id) anchorSeen = e.hash.startsWith(anchor.hash) ? "agrees" : "differs";
      prevHash = e.hash;
      head = { id: e.id.toString(), hash: e.hash };
      checked++;
    }
    cursor = events[events.length - 1].id;
  }
  if (anchor && anchorSeen !== "agrees") return { ok: false, checked, brokenAt: anchor.id, reason: anchorSeen === "differs" ? "anchor" : "anchorMissing" };
  return { ok: true, checked, head, anchor: anchor ? anchor.id : null };
}
