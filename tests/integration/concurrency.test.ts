import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department, reportWithCommitments } from "./support";

const WRITERS = 50;

describe("under concurrency", () => {
  it("50 officials submitting while reviewers approve: nothing lost, duplicated or half-applied", async () => {
    const dept = await department();
    const { commitments } = await reportWithCommitments(
      Array.from({ length: 10 }, (_, i) => ({ indicator: `并发指标${i}`, targetValue: 1000, leadDepartmentId: dept.id })),
    );
    const officials = await Promise.all(Array.from({ length: WRITERS }, () => actorFor({ role: "OFFICIAL", departmentId: dept.id })));
    const reviewers = await Promise.all(Array.from({ length: 5 }, () => actorFor({ role: "REVIEWER" })));

    // Each official submits one update; the day encodes who wrote it, so we can check figures later.
    const submissions = await Promise.all(
      officials.map((official, i) =>
        executeAction(submitUpdate, official, {
          commitmentId: commitments[i % commitments.length].id,
          asOf: `2023-03-${String((i % 28) + 1).padStart(2, "0")}`,
          actualValue: String(i + 1),
          narrative: `并发报送 ${i}`,
        }),
      ),
    );
    expect(submissions.filter((s) => !s.ok)).toEqual([]);
    const ids = submissions.map((s) => (s.ok ? (s.data as { id?: number; updateId?: number }) : null));
    const updates = await db.progressUpdate.findMany({ where: { commitmentId: { in: commitments.map((c) => c.id) } } });
    expect(updates).toHaveLength(WRITERS);
    expect(ids.every(Boolean)).toBe(true);

    // Every update approved twice over, by racing reviewers: each is approved exactly once.
    const approvals = await Promise.all(
      updates.flatMap((u, i) => [0, 1].map((k) => executeAction(approveUpdate, reviewers[(i + k) % reviewers.length], { updateId: u.id }))),
    );
    expect(approvals.filter((a) => a.ok)).toHaveLength(WRITERS);
    expect(approvals.filter((a) => !a.ok).every((a) => !a.ok && a.kind === "conflict")).toBe(true);
    const approved = await db.progressUpdate.findMany({ where: { id: { in: updates.map((u) => u.id) } } });
    expect(approved.every((u) => u.state === "APPROVED" && u.reviewerId != null)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "update.approve", entityId: { in: updates.map((u) => String(u.id)) } } })).toBe(WRITERS);

    // Each commitment shows its latest reading (the latest as-of day, ties to the one submitted later).
    for (const c of commitments) {
      const mine = approved.filter((u) => u.commitmentId === c.id);
      const latestDay = Math.max(...mine.map((u) => u.asOf.getTime()));
      const row = await db.commitment.findUniqueOrThrow({ where: { id: c.id } });
      expect(row.latestAsOf?.getTime()).toBe(latestDay);
      expect(row.latestUpdateId).toBe(Math.max(...mine.filter((u) => u.asOf.getTime() === latestDay).map((u) => u.id)));
    }
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  }, 120_000);
});
