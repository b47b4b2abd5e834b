import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { bulkCloseUnmet } from "@/lib/reviews/bulk-close-unmet";
import { reopenCommitment } from "@/lib/reviews/reopen-commitment";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department, reportWithCommitments } from "./support";

// Year end, 洛阳 2023: the 督查 office closes the year's misses together (批量按未完成办结) with one
// reason, instead of a hundred rounds of page, reason and question — all or none, each closing on
// record as if made alone.
describe("closing many missed targets at once (批量按未完成办结)", () => {
  async function scenario() {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    const { commitments } = await reportWithCommitments([
      { indicator: "新建城市书房", targetValue: 100, leadDepartmentId: dept.id, latestPercent: 60 },
      { indicator: "新建社区食堂", targetValue: 50, leadDepartmentId: dept.id, latestPercent: 40 },
      { indicator: "新增城镇就业", targetValue: 7, leadDepartmentId: dept.id, latestPercent: 100 },
      // Still in time: the deadline is next year (the suite runs in real time).
      { indicator: "建成口袋公园", targetValue: 300, leadDepartmentId: dept.id, deadline: `${new Date().getUTCFullYear() + 1}-06-30` },
    ]);
    return { official, reviewer, commitments };
  }
  const reason = "年度未完成，转入下一年度实施。";

  it("closes every ticked miss with the one reason, each its own closing, audit event and reopening", async () => {
    const { reviewer, commitments } = await scenario();
    const [library, canteens] = commitments;
    const closed = await executeAction(bulkCloseUnmet, reviewer, { commitmentIds: [canteens.id, library.id], note: reason });
    expect(closed).toMatchObject({ ok: true, data: { count: 2 } });
    for (const c of [library, canteens]) {
      expect(await db.commitment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "UNMET", unmetById: reviewer.id, unmetNote: reason, version: c.version + 1 });
      expect(await db.commitmentClosure.findMany({ where: { commitmentId: c.id }, select: { status: true, note: true } })).toEqual([{ status: "UNMET", note: reason }]);
      const events = await db.auditEvent.findMany({ where: { entity: "Commitment", entityId: String(c.id), action: "commitment.closeUnmet" } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorId: reviewer.id, before: { status: "ACTIVE" }, after: { status: "UNMET", unmetNote: reason, bulk: true } });
    }
    // Each is reopened on its own, as a single closing is.
    expect(await executeAction(reopenCommitment, reviewer, { commitmentId: library.id, version: library.version + 1, note: "误操作" })).toMatchObject({ ok: true });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: canteens.id }, select: { status: true } })).toEqual({ status: "UNMET" });
  });

  it("closes none when any ticked one cannot be closed, naming each that cannot and why", async () => {
    const { official, reviewer, commitments } = await scenario();
    const [library, canteens, jobs, parks] = commitments;
    // A reading waiting for review holds the canteens back; jobs was met; parks is still in time.
    const sent = await executeAction(submitUpdate, official, { commitmentId: canteens.id, asOf: `${new Date().getUTCFullYear() - 1}-12-31`, actualValue: "45", narrative: "又建成5个" });
    expect(sent).toMatchObject({ ok: true });
    const refused = await executeAction(bulkCloseUnmet, reviewer, { commitmentIds: [library.id, canteens.id, jobs.id, parks.id], note: reason });
    expect(refused).toEqual({
      ok: false,
      kind: "invalid",
      message: "所选目标任务中有 3 项不能按未完成办结，因此一项也未办结。请取消勾选下列各项后重试：",
      fieldErrors: {
        commitmentIds: [
          "“新建社区食堂”还有进展或延期/调整申请待审核，请先处理。",
          "“新增城镇就业”不是“已逾期”状态（未到完成时限或已完成）。",
          "“建成口袋公园”不是“已逾期”状态（未到完成时限或已完成）。",
        ],
      },
    });
    const ids = commitments.map((c) => c.id);
    expect(await db.commitment.count({ where: { id: { in: ids }, status: "UNMET" } })).toBe(0);
    expect(await db.commitmentClosure.count({ where: { commitmentId: { in: ids } } })).toBe(0);
    // A second try, closing what can be closed, goes through; closing it again says it is closed.
    expect(await executeAction(bulkCloseUnmet, reviewer, { commitmentIds: [library.id], note: reason })).toMatchObject({ ok: true, data: { count: 1 } });
    expect(await executeAction(bulkCloseUnmet, reviewer, { commitmentIds: [library.id], note: reason }, "en")).toMatchObject({
      ok: false,
      message: "1 commitment of those selected cannot be closed as not delivered, so none was closed. Untick it and try again:",
      fieldErrors: { commitmentIds: ['"新建城市书房" is already closed as not delivered.'] },
    });
  });

  it("asks for a tick and a reason, and refuses anyone but the supervising office", async () => {
    const { official, reviewer, commitments } = await scenario();
    expect(await executeAction(bulkCloseUnmet, reviewer, { note: "  " })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { commitmentIds: ["请先勾选要办结的目标任务。"], note: ["请填写未完成的原因。"] },
    });
    for (const actor of [official, await actorFor({ role: "ADMIN" }), await actorFor({ role: "VIEWER" })]) {
      expect(await executeAction(bulkCloseUnmet, actor, { commitmentIds: [commitments[0].id], note: reason })).toMatchObject({ ok: false });
    }
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitments[0].id }, select: { status: true } })).toEqual({ status: "ACTIVE" });
  });
});
