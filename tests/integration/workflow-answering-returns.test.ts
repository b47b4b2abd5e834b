import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { listOfficialWork } from "@/lib/my-work/list-official-work";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { returnUpdate } from "@/lib/reviews/return-update";
import { seedCommitment } from "@/lib/seed/factories";
import { todayIsoDay } from "@/lib/time/today";
import { getResubmitDraft } from "@/lib/updates/get-resubmit-draft";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department } from "./support";

// Last year's report: any day of it is a valid as-of date, whatever today is.
const YEAR = new Date().getUTCFullYear() - 1;

/** A department's official and a reviewer, a commitment of theirs, and the official's readings as the form sends them. */
async function scenario() {
  const dept = await department();
  const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
  const reviewer = await actorFor({ role: "REVIEWER" });
  const commitment = await seedCommitment(db, { year: YEAR, targetValue: 100, unit: "个", leadDepartmentId: dept.id });
  const send = (month: string, actualValue: string, narrative: string, more: Record<string, unknown> = {}) =>
    executeAction(submitUpdate, official, { commitmentId: String(commitment.id), asOf: `${YEAR}-${month}`, actualValue, narrative, ...more });
  const sent = async (...args: Parameters<typeof send>) => {
    const result = await send(...args);
    if (!result.ok) throw new Error(result.message);
    return result.data.updateId;
  };
  const decide = async (updateId: number, note: string | null) => {
    const decided = note === null ? await executeAction(approveUpdate, reviewer, { updateId }) : await executeAction(returnUpdate, reviewer, { updateId, note });
    if (!decided.ok) throw new Error(decided.message);
  };
  const written = async () => ({
    updates: await db.progressUpdate.count({ where: { commitmentId: commitment.id } }),
    events: await db.auditEvent.count({ where: { action: { in: ["update.submit", "update.resubmit"] }, entity: "ProgressUpdate", entityId: { in: (await db.progressUpdate.findMany({ where: { commitmentId: commitment.id }, select: { id: true } })).map((u) => String(u.id)) } } }),
  });
  const toAnswer = async () => (await listOfficialWork(official, todayIsoDay())).returned.map((r) => r.update.id);
  return { official, reviewer, commitment, send, sent, decide, written, toAnswer };
}

describe("answering a return my work no longer asks to answer", () => {
  // Code review: the form accepted the answer to a return that my work and the page consider
  // settled, and the reviewer got a "resubmission" of a reading nobody waited for any more.
  it("refuses to resubmit a return overtaken by a later approved reading, in Chinese and in English, writing nothing", async () => {
    const { official, commitment, send, sent, decide, written, toAnswer } = await scenario();
    const june = await sent("06-30", "40", "上半年完成40个");
    // Already waiting when June was returned: it leaves the return to answer, until approved.
    const september = await sent("09-30", "80", "前三季度完成80个");
    await decide(june, "请附验收材料");
    expect(await toAnswer()).toEqual([june]);
    expect(await getResubmitDraft(official, commitment.id, june)).toMatchObject({ updateId: june });

    // The form drawn then, sent after September was approved.
    await decide(september, null);
    expect(await toAnswer()).toEqual([]);
    const before = await written();
    expect(await send("06-30", "42", "附验收材料", { resubmitsId: String(june) })).toMatchObject({
      ok: false,
      kind: "conflict",
      message: "这条被退回的进展已无需重新报送：退回后已报送同日或更新的进展，或已有更新的进展审核通过（见进展记录）。如需报送，请刷新页面后直接填写新的进展。",
    });
    expect(await executeAction(submitUpdate, official, { commitmentId: String(commitment.id), asOf: `${YEAR}-06-30`, actualValue: "42", narrative: "附验收材料", resubmitsId: String(june) }, "en")).toMatchObject({
      ok: false,
      kind: "conflict",
      message: expect.stringMatching(/^This returned update needs no resubmission: /),
    });
    expect(await written()).toEqual(before);
    // Reloaded, the page offers the plain form, not one that would be refused.
    expect(await getResubmitDraft(official, commitment.id, june)).toBeNull();
  });

  it("refuses to resubmit a return reported again since (a reading of its day or later waits), writing nothing", async () => {
    const { official, commitment, send, sent, decide, written, toAnswer } = await scenario();
    const june = await sent("06-30", "40", "上半年完成40个");
    const august = await sent("08-31", "60", "八月完成60个");
    await decide(june, "请附验收材料");
    await decide(august, "数据有误");
    expect(await toAnswer()).toEqual([june, august]);

    // September reported instead of answering either: both are settled.
    await sent("09-30", "80", "前三季度完成80个");
    expect(await toAnswer()).toEqual([]);
    const before = await written();
    for (const returned of [june, august]) {
      expect(await send("08-31", "61", "更正", { resubmitsId: String(returned) })).toMatchObject({ ok: false, kind: "conflict", message: expect.stringMatching(/^这条被退回的进展已无需重新报送/) });
      expect(await getResubmitDraft(official, commitment.id, returned)).toBeNull();
    }
    expect(await written()).toEqual(before);
  });
});
