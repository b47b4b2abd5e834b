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

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const png = (fileName: string) => ({ fileName, base64: PNG.toString("base64") });
const answerOf = (updateId: number) => db.progressUpdate.findUnique({ where: { resubmitsId: updateId }, include: { evidence: { orderBy: { id: "asc" } } } });

describe("a plain reading of a commitment with a return to answer", () => {
  // Code review: the progress sheet answered a waiting return with the row's reading, the page's
  // plain form never did — the reviewer got a reading with no link to their note.
  it("goes as the resubmission of its only return: linked, its files kept, audited update.resubmit, and said so", async () => {
    const { commitment, send, sent, decide, toAnswer } = await scenario();
    const june = await sent("06-30", "40", "上半年完成40个", { evidence: [png("验收报告.png")] });
    await decide(june, "请补充区县明细");
    expect(await toAnswer()).toEqual([june]);

    const september = await send("09-30", "80", "前三季度完成80个，附区县明细", { evidence: [png("区县明细.png")] });
    expect(september).toMatchObject({ ok: true, data: { answered: `${YEAR}-06-30` } });
    if (!september.ok) return;
    const answer = await answerOf(june);
    expect(answer).toMatchObject({ id: september.data.updateId, state: "SUBMITTED", narrative: "前三季度完成80个，附区县明细" });
    expect(answer?.evidence.map((e) => e.fileName)).toEqual(["验收报告.png", "区县明细.png"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "ProgressUpdate", entityId: String(september.data.updateId) } });
    expect(event).toMatchObject({ action: "update.resubmit", after: expect.objectContaining({ resubmitsId: june }) });
    expect(await toAnswer()).toEqual([]);

    // Sent again (a second click): the return is answered, and the copy is refused as one.
    expect(await send("09-30", "80", "前三季度完成80个，附区县明细")).toMatchObject({ ok: false, message: `这条进展（数据截至 ${YEAR}-09-30）已经提交，正在等待督查审核，无需重复提交。` });
    // With nothing left to answer, a reading is a plain one.
    expect(await send("10-31", "85", "十月")).toMatchObject({ ok: true, data: { answered: null } });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id, resubmitsId: { not: null } } })).toBe(1);
  });

  it("answers a return of its day even when it repeats the reading approved before (the official says it was right)", async () => {
    const { sent, send, decide } = await scenario();
    const approved = await sent("06-30", "40", "上半年完成40个");
    await decide(approved, null);
    const correction = await sent("06-30", "45", "更正：漏统5个");
    await decide(correction, "漏统的5个未经验收，请核实");
    expect(await send("06-30", "40", "上半年完成40个")).toMatchObject({ ok: true, data: { answered: `${YEAR}-06-30` } });
    const answer = await answerOf(correction);
    expect([answer?.state, Number(answer?.actualValue), answer?.narrative]).toEqual(["SUBMITTED", 40, "上半年完成40个"]);
  });

  it("guesses none of several returns to answer: each has its own 修改后重新报送", async () => {
    const { commitment, send, sent, decide, toAnswer } = await scenario();
    const june = await sent("06-30", "40", "上半年完成40个");
    const august = await sent("08-31", "60", "八月完成60个");
    await decide(june, "请附验收材料");
    await decide(august, "数据有误");
    // An earlier day settles neither, and answers neither.
    const may = await send("05-31", "30", "五月完成30个");
    expect(may).toMatchObject({ ok: true, data: { answered: null } });
    if (!may.ok) return;
    expect(await db.progressUpdate.findUniqueOrThrow({ where: { id: may.data.updateId } })).toMatchObject({ resubmitsId: null });
    expect(await db.auditEvent.count({ where: { action: "update.submit", entityId: String(may.data.updateId) } })).toBe(1);
    expect(await toAnswer()).toEqual([june, august]);
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id, resubmitsId: { not: null } } })).toBe(0);
  });

  it("refuses, writing nothing, when the return's files and those attached are more than 5, and says how to choose", async () => {
    const { send, sent, decide, written } = await scenario();
    const june = await sent("06-30", "40", "上半年完成40个", { evidence: [png("a.png"), png("b.png")] });
    await decide(june, "请补充区县明细");
    const before = await written();
    const four = ["1", "2", "3", "4"].map((n) => png(`${n}.png`));
    expect(await send("09-30", "80", "前三季度", { evidence: four })).toMatchObject({
      ok: false,
      fieldErrors: { evidence: [`本次报送将作为对数据截至 ${YEAR}-06-30 的被退回进展的重新报送，并保留其 2 个佐证文件；连同新附的文件，每次最多 5 个。请点击该进展的“修改后重新报送”，选择要保留的文件。`] },
    });
    expect(await written()).toEqual(before);
    // Three fit beside the two kept.
    expect(await send("09-30", "80", "前三季度", { evidence: four.slice(1) })).toMatchObject({ ok: true, data: { answered: `${YEAR}-06-30` } });
    expect((await answerOf(june))?.evidence.map((e) => e.fileName)).toEqual(["a.png", "b.png", "2.png", "3.png", "4.png"]);
  });
});
