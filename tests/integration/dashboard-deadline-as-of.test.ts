import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getStatusSummary } from "@/lib/dashboard/get-status-summary";
import { listAttentionItems } from "@/lib/dashboard/list-attention-items";
import type { DashboardScope } from "@/lib/dashboard/scoped-commitments";
import { actorFor, db, department, reportWithCommitments } from "./support";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = "2023-07-15";

/**
 * A past day is shown with the deadline in force that day: 6月底前 extended to 9月底 by a request
 * approved on 07-10 (Beijing) was overdue on 07-05 and is not after 07-10. A request still pending
 * or refused never moved the deadline.
 */
describe("the dashboard of a past day and deadline extensions", () => {
  let reportId: number;
  let viewer: Actor;

  beforeAll(async () => {
    const lead = await department();
    const { report, commitments } = await reportWithCommitments([
      { indicator: "延期获批的任务", deadline: "2023-06-30", leadDepartmentId: lead.id },
      { indicator: "延期被退回的任务", deadline: "2023-06-30", leadDepartmentId: lead.id },
    ]);
    reportId = report.id;
    viewer = await actorFor({ role: "VIEWER" });
    const official = await actorFor({ role: "OFFICIAL", departmentId: lead.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    const [extended, refused] = commitments;
    const request = (commitmentId: number, state: "APPROVED" | "REFUSED", reviewedAt: string) =>
      db.changeRequest.create({
        data: { commitmentId, kind: "EXTEND_DEADLINE", requesterId: official.id, proposedDeadline: day("2023-09-30"), reason: "汛期施工受阻", state, reviewerId: reviewer.id, reviewedAt: new Date(reviewedAt) },
      });
    // 2023-07-10 01:00 in Beijing is still 07-09 in UTC: the Beijing day counts.
    await request(extended.id, "APPROVED", "2023-07-09T17:00:00Z");
    await db.commitment.update({ where: { id: extended.id }, data: { deadline: day("2023-09-30") } });
    await request(refused.id, "REFUSED", "2023-07-09T17:00:00Z");
  });

  const scope = (asOf: string): DashboardScope => ({ actor: viewer, reportId, asOf, today: TODAY });
  const overdue = async (asOf: string) => (await listAttentionItems(scope(asOf), "overdue")).items.map((i) => i.indicator).sort();

  it("counts the extended commitment overdue before the extension was approved", async () => {
    expect(await overdue("2023-07-05")).toEqual(["延期获批的任务", "延期被退回的任务"]);
    expect(await overdue("2023-07-09")).toEqual(["延期获批的任务", "延期被退回的任务"]);
    expect((await getStatusSummary(scope("2023-07-05"))).overdue).toBe(2);
  });

  it("uses the new deadline from the Beijing day of the approval on", async () => {
    expect(await overdue("2023-07-10")).toEqual(["延期被退回的任务"]);
    expect(await overdue(TODAY)).toEqual(["延期被退回的任务"]);
    expect((await getStatusSummary(scope(TODAY))).overdue).toBe(1);
  });
});
