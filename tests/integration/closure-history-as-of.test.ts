import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { restoreCommitment } from "@/lib/commitments/restore-commitment";
import { withdrawCommitment } from "@/lib/commitments/withdraw-commitment";
import { commitmentsAsOf } from "@/lib/dashboard/as-of-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { closeUnmetCommitment } from "@/lib/reviews/close-unmet-commitment";
import { reopenCommitment } from "@/lib/reviews/reopen-commitment";
import { actorFor, db, department, reportWithCommitments } from "./support";

/** Beijing noon of a day, as a moment. */
const noon = (day: string) => new Date(`${day}T04:00:00Z`);

async function statusOn(day: string, ids: number[]): Promise<Record<number, string>> {
  const rows = await db.$queryRaw<{ id: number; status: string }[]>(Prisma.sql`SELECT c."id", c."status"::text FROM ${commitmentsAsOf(day)} c WHERE c."id" IN (${Prisma.join(ids)})`);
  return Object.fromEntries(rows.map((r) => [r.id, r.status]));
}

// 新建城市书房100个 closed as not delivered on 2023-07-10 and reopened on 08-10 (figures came late);
// 建成口袋公园 withdrawn on 09-05 and restored on 10-05. The months' reports read each day as it was.
describe("a past day's status after a reopening", () => {
  it("reads a closing on the days it was in force, and the status before it on the days before", async () => {
    const dept = await department();
    const reviewer = await actorFor({ role: "REVIEWER" });
    const admin = await actorFor({ role: "ADMIN" });
    const { commitments } = await reportWithCommitments([
      { indicator: "新建城市书房", targetValue: 100, leadDepartmentId: dept.id, latestPercent: 60 },
      { indicator: "建成口袋公园", targetValue: 300, leadDepartmentId: dept.id },
    ]);
    const [library, parks] = commitments;
    expect(await executeAction(closeUnmetCommitment, reviewer, { commitmentId: library.id, version: library.version, note: "选址调整" })).toMatchObject({ ok: true });
    expect(await executeAction(reopenCommitment, reviewer, { commitmentId: library.id, version: library.version + 1, note: "数据补报" })).toMatchObject({ ok: true });
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: parks.id, version: parks.version, reason: "规划调整" })).toMatchObject({ ok: true });
    expect(await executeAction(restoreCommitment, admin, { commitmentId: parks.id, version: parks.version + 1, reason: "恢复实施" })).toMatchObject({ ok: true });

    // The actions kept each closing with the status before it; dated back to the year's days.
    const closings = await db.commitmentClosure.findMany({ where: { commitmentId: { in: [library.id, parks.id] } }, orderBy: { commitmentId: "asc" } });
    expect(closings.map((k) => [k.commitmentId, k.status, k.previousStatus, k.reopenedAt instanceof Date])).toEqual([
      [library.id, "UNMET", "ACTIVE", true],
      [parks.id, "WITHDRAWN", "ACTIVE", true],
    ]);
    await db.commitmentClosure.update({ where: { id: closings[0].id }, data: { closedAt: noon("2023-07-10"), reopenedAt: noon("2023-08-10") } });
    await db.commitmentClosure.update({ where: { id: closings[1].id }, data: { closedAt: noon("2023-09-05"), reopenedAt: noon("2023-10-05") } });

    const ids = [library.id, parks.id];
    expect(await statusOn("2023-07-09", ids)).toEqual({ [library.id]: "ACTIVE", [parks.id]: "ACTIVE" });
    expect(await statusOn("2023-07-31", ids)).toEqual({ [library.id]: "UNMET", [parks.id]: "ACTIVE" });
    expect(await statusOn("2023-08-10", ids)).toEqual({ [library.id]: "ACTIVE", [parks.id]: "ACTIVE" });
    expect(await statusOn("2023-09-30", ids)).toEqual({ [library.id]: "ACTIVE", [parks.id]: "WITHDRAWN" });
    expect(await statusOn("2023-10-31", ids)).toEqual({ [library.id]: "ACTIVE", [parks.id]: "ACTIVE" });
  });

  it("reads a withdrawal still in force from its day on, not on the days before", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const { commitments } = await reportWithCommitments([{ indicator: "改造老旧小区", targetValue: 200 }]);
    const [estates] = commitments;
    expect(await executeAction(withdrawCommitment, admin, { commitmentId: estates.id, version: estates.version, reason: "并入其他任务" })).toMatchObject({ ok: true });
    await db.commitmentClosure.updateMany({ where: { commitmentId: estates.id }, data: { closedAt: noon("2023-09-05") } });
    expect(await statusOn("2023-08-31", [estates.id])).toEqual({ [estates.id]: "ACTIVE" });
    expect(await statusOn("2023-09-30", [estates.id])).toEqual({ [estates.id]: "WITHDRAWN" });
  });
});
