import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { toIsoDay } from "@/lib/progress/iso-day";
import { formatNumber } from "@/lib/commitments/format-target";

export interface ResubmitDraft {
  updateId: number;
  /** Form values, as the submit form names its inputs. */
  values: { asOf: string; actualValue: string; done: string; narrative: string };
  /** Files of the returned update the official may carry over. */
  evidence: { id: number; fileName: string; size: number }[];
  reviewNote: string | null;
}

/**
 * The returned update an official answers, to prefill the form (`?resubmit=<id>` on the detail
 * page). Null unless it is RETURNED, not yet answered, and in the actor's scope.
 */
export async function getResubmitDraft(actor: Actor, commitmentId: number, updateId: number): Promise<ResubmitDraft | null> {
  const row = await db.progressUpdate.findFirst({
    where: { id: updateId, commitmentId, state: "RETURNED", resubmittedBy: { is: null }, commitment: commitmentScopeWhere(actor) },
    select: {
      id: true,
      asOf: true,
      actualValue: true,
      done: true,
      narrative: true,
      reviewNote: true,
      evidence: { select: { id: true, fileName: true, size: true }, orderBy: { id: "asc" } },
    },
  });
  if (!row) return null;
  return {
    updateId: row.id,
    values: {
      asOf: toIsoDay(row.asOf),
      actualValue: row.actualValue === null ? "" : formatNumber(row.actualValue),
      done: row.done === null ? "" : String(row.done),
      narrative: row.narrative,
    },
    evidence: row.evidence,
    reviewNote: row.reviewNote,
  };
}
