import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { toIsoDay } from "@/lib/progress/iso-day";
import { formatNumber } from "@/lib/commitments/format-target";
import { findReturnsToAnswer } from "./find-returns-to-answer";

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
 * page). Null unless it is RETURNED, in the actor's scope, and still to answer by the rule the
 * submission applies (findReturnedUpdate): a link kept from before it was answered, overtaken or
 * reported again shows the plain form, not one that would be refused.
 */
export async function getResubmitDraft(actor: Actor, commitmentId: number, updateId: number): Promise<ResubmitDraft | null> {
  const [row, toAnswer] = await Promise.all([findReturned(actor, commitmentId, updateId), findReturnsToAnswer(db, [commitmentId])]);
  if (!row || !toAnswer.get(commitmentId)?.some((r) => r.id === updateId)) return null;
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

function findReturned(actor: Actor, commitmentId: number, updateId: number) {
  return db.progressUpdate.findFirst({
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
}
