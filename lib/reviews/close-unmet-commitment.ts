import "server-only";
import { defineAction } from "@/lib/actions/define-action";
import { conflict, ExpectedError, invalid, notFound } from "@/lib/actions/errors";
import type { AuditEntry } from "@/lib/audit/write-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { commitmentLight, commitmentLightSelect } from "@/lib/commitments/commitment-light";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayIsoDay } from "@/lib/time/today";
import { lockCommitment } from "@/lib/updates/find-scoped-commitment";
import { workflowPaths } from "@/lib/updates/workflow-paths";
import { refuseWhileWaiting, waitingCountSelect, whatWaits } from "./refuse-while-waiting";
import { ZCloseUnmetCommitment } from "./types";
import { recordClosings } from "@/lib/commitments/closure-history";

export const unmetSelect = { status: true, unmetAt: true, unmetById: true, unmetNote: true, version: true } as const;

/** What a closing as not delivered reads of a commitment, to judge it and to record its before. */
export const unmetCheckSelect = { ...unmetSelect, ...commitmentLightSelect, ...waitingCountSelect } as const;
type UnmetCheck = Prisma.CommitmentGetPayload<{ select: typeof unmetCheckSelect }>;

/**
 * Why a commitment cannot be closed as not delivered today (Beijing), or null when it can: only
 * a miss is closed as one — a target still in time may yet be met, one met is verified — and only
 * once nothing waits on it (refuse-while-waiting.ts). The rule of one closing and of many.
 */
export function unmetRefusal(current: UnmetCheck, today: string): "already" | "verified" | "withdrawn" | "notOverdue" | "waiting" | null {
  if (current.status === "UNMET") return "already";
  if (current.status === "VERIFIED") return "verified";
  if (current.status === "WITHDRAWN") return "withdrawn";
  if (commitmentLight(current, today) !== "OVERDUE") return "notOverdue";
  if (whatWaits(current._count, "unmet")) return "waiting";
  return null;
}

/**
 * Closes locked, checked commitments as not delivered, one decision (one reason, one instant):
 * the rows, their closings on record, and the audit (with the reminders they end) — a statement
 * each, however many (批量按未完成办结 holds up to 200 locks meanwhile). `bulk` marks the events.
 */
export async function writeUnmet(tx: Tx, actor: Actor, rows: (UnmetCheck & { id: number })[], note: string, at: Date, bulk = false): Promise<AuditEntry[]> {
  const after = await tx.commitment.updateManyAndReturn({
    where: { id: { in: rows.map((c) => c.id) } },
    data: { status: "UNMET", unmetAt: at, unmetById: actor.id, unmetNote: note, version: { increment: 1 } },
    select: { id: true, ...unmetSelect },
  });
  const afterById = new Map(after.map(({ id, ...a }) => [id, a]));
  const reminders = await recordClosings(tx, rows.map((c) => ({ commitmentId: c.id, status: "UNMET", previousStatus: c.status, at, note })));
  const events: AuditEntry[] = rows.map((c) => ({
    action: "commitment.closeUnmet",
    entity: "Commitment",
    entityId: c.id,
    before: { status: c.status, unmetAt: c.unmetAt, unmetById: c.unmetById, unmetNote: c.unmetNote, version: c.version },
    after: bulk ? { ...afterById.get(c.id), bulk: true } : afterById.get(c.id),
  }));
  return [...events, ...reminders];
}

/**
 * The supervising office closes a missed target (未完成办结): its deadline has passed undone (the
 * light, judged today in Beijing, is OVERDUE), and the office records why. It is then closed like
 * a verified one — no more figures, approvals or requests, off every to-do list and no longer
 * flagged stale — and counted as not delivered: in the denominator of every completion rate, never
 * in the completed. A reviewer can reopen it (reopen-commitment.ts) if the closing was a mistake.
 * Many at once: bulk-close-unmet.ts.
 */
export const closeUnmetCommitment = defineAction({
  name: "commitment.closeUnmet",
  subject: { entity: "Commitment", id: "commitmentId" },
  permission: "commitment.closeUnmet",
  schema: ZCloseUnmetCommitment,
  async run({ actor, input, tx }) {
    await lockCommitment(tx, input.commitmentId);
    const current = await tx.commitment.findUnique({ where: { id: input.commitmentId }, select: unmetCheckSelect });
    if (!current) throw notFound();
    const refusal = unmetRefusal(current, todayIsoDay());
    if (refusal === "already") throw new ExpectedError("conflict", "workflow.unmet.already");
    if (refusal === "verified") throw invalid("workflow.unmet.verified");
    if (refusal === "withdrawn") throw invalid("workflow.unmet.withdrawn");
    if (input.version !== current.version) throw conflict();
    if (refusal === "notOverdue") throw invalid("workflow.unmet.notOverdue");
    refuseWhileWaiting(current._count, "unmet");
    const audit = await writeUnmet(tx, actor, [{ id: input.commitmentId, ...current }], input.note, new Date());
    return { result: { commitmentId: input.commitmentId }, audit };
  },
  revalidate: (r) => workflowPaths(r.commitmentId),
});
