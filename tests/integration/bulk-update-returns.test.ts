import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { buildBulkSheet } from "@/lib/bulk-updates/build-sheet";
import { readBulkUpload } from "@/lib/bulk-updates/read-bulk-upload";
import { columnIndex } from "@/lib/bulk-updates/sheet-layout";
import { submitBulkUpdates } from "@/lib/bulk-updates/submit-bulk-updates";
import type { Locale } from "@/lib/i18n/translate";
import { listOfficialWork } from "@/lib/my-work/list-official-work";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { listReviewQueue } from "@/lib/reviews/list-review-queue";
import { returnUpdate } from "@/lib/reviews/return-update";
import { todayIsoDay } from "@/lib/time/today";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department, reportWithCommitments } from "./support";

type Official = Awaited<ReturnType<typeof actorFor>>;
type Cells = { asOf: string; actualValue: string | number; narrative: string };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function scenario(commitments: Parameters<typeof reportWithCommitments>[0]) {
  const dept = await department();
  const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
  const reviewer = await actorFor({ role: "REVIEWER" });
  const seeded = await reportWithCommitments(commitments.map((c) => ({ targetValue: 100, unit: "个", ...c, leadDepartmentId: dept.id })));
  return { dept, official, reviewer, commitments: seeded.commitments };
}

/** A reading sent through the commitment page's form, and what the reviewer then did with it. */
async function reading(official: Official, commitmentId: number, cells: Cells, options: { evidence?: string[] } = {}) {
  const evidence = (options.evidence ?? []).map((fileName) => ({ fileName, base64: PNG.toString("base64") }));
  const sent = await executeAction(submitUpdate, official, { commitmentId: String(commitmentId), ...cells, actualValue: String(cells.actualValue), evidence });
  if (!sent.ok) throw new Error(sent.message);
  return sent.data.updateId;
}
async function decide(reviewer: Official, updateId: number, note: string | null) {
  const decided = note === null ? await executeAction(approveUpdate, reviewer, { updateId }) : await executeAction(returnUpdate, reviewer, { updateId, note });
  if (!decided.ok) throw new Error(decided.message);
}

async function download(official: Official, locale: Locale = "zh") {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await buildBulkSheet(official, locale)).buffer);
  return workbook;
}
/** Each commitment's cell of 退回待修改, as the downloaded sheet shows it (null when empty). */
function returnedCells(workbook: ExcelJS.Workbook): Map<number, string | null> {
  const cells = new Map<number, string | null>();
  workbook.worksheets[0].eachRow((row, n) => {
    if (n > 1) cells.set(Number(row.getCell(columnIndex("id")).value), (row.getCell(columnIndex("returned")).value as string | null) ?? null);
  });
  return cells;
}
/** The sheet filled per commitment and sent through the bulk form's reading of the file. */
async function upload(official: Official, workbook: ExcelJS.Workbook, cells: Map<number, Cells>) {
  workbook.worksheets[0].eachRow((row, n) => {
    const filled = n === 1 ? undefined : cells.get(Number(row.getCell(1).value));
    for (const [key, value] of Object.entries(filled ?? {})) row.getCell(columnIndex(key as keyof Cells)).value = value;
  });
  const form = new FormData();
  form.set("sheet", new File([await workbook.xlsx.writeBuffer()], "进展填报表.xlsx"));
  const values: Record<string, unknown> = {};
  expect(await readBulkUpload(form, values)).toBeNull();
  return executeAction(submitBulkUpdates, official, values);
}
const answerOf = (updateId: number) => db.progressUpdate.findUnique({ where: { resubmitsId: updateId }, include: { evidence: { orderBy: { id: "asc" } } } });

describe("a progress sheet's row of a commitment with a returned reading", () => {
  it("shows the return and its note, goes as the return's resubmission (its files kept), and the return leaves my work", async () => {
    const { dept, official, reviewer, commitments } = await scenario([{ indicator: "新建城市书房" }, { indicator: "新建口袋公园" }]);
    const [books, parks] = commitments;
    const returned = await reading(official, books.id, { asOf: "2023-06-30", actualValue: 60, narrative: "已建成60个城市书房。" }, { evidence: ["验收报告.png"] });
    await decide(reviewer, returned, "请补充区县明细。");
    expect((await listOfficialWork(official, todayIsoDay())).returned.map((r) => r.update.id)).toEqual([returned]);

    const sheet = await download(official);
    expect(returnedCells(sheet)).toEqual(new Map([[books.id, "数据截至 2023-06-30 的进展被退回：请补充区县明细。"], [parks.id, null]]));
    expect(String(sheet.worksheets[0].getCell(1, columnIndex("returned")).note)).toContain("修改后重新报送");
    expect(returnedCells(await download(official, "en")).get(books.id)).toBe("The update as of 2023-06-30 was returned: 请补充区县明细。");

    const cells = new Map<number, Cells>([
      [books.id, { asOf: "2023-06-30", actualValue: 62, narrative: "已建成62个城市书房，附区县明细。" }],
      [parks.id, { asOf: "2023-06-30", actualValue: 40, narrative: "已建成40个口袋公园。" }],
    ]);
    expect(await upload(official, sheet, cells)).toMatchObject({ ok: true, data: { count: 2, answered: 1 } });
    const answer = await answerOf(returned);
    expect(answer).toMatchObject({ commitmentId: books.id, state: "SUBMITTED", narrative: "已建成62个城市书房，附区县明细。" });
    expect(answer?.evidence.map((e) => e.fileName)).toEqual(["验收报告.png"]);
    expect(await db.progressUpdate.findFirst({ where: { commitmentId: parks.id } })).toMatchObject({ resubmitsId: null });
    // Recorded as the form's resubmission is, the sheet's other row as a submission.
    expect(await db.auditEvent.findMany({ where: { entityId: { in: [String(answer!.id)] } }, select: { action: true } })).toEqual([{ action: "update.resubmit" }]);
    const parksReading = await db.progressUpdate.findFirstOrThrow({ where: { commitmentId: parks.id } });
    expect(await db.auditEvent.findMany({ where: { entityId: String(parksReading.id) }, select: { action: true } })).toEqual([{ action: "update.submit" }]);

    // The reviewer reads it as the answer to their note; the official has nothing left to answer.
    const { items } = await listReviewQueue({ department: dept.id, page: 1 });
    expect(items.find((i) => i.update.id === answer!.id)).toMatchObject({ update: { resubmitsId: returned }, answers: { asOf: "2023-06-30", reviewNote: "请补充区县明细。" } });
    expect((await listOfficialWork(official, todayIsoDay())).returned).toEqual([]);
    expect(returnedCells(await download(official)).get(books.id)).toBeNull();

    // The same file sent again answers nothing: its rows repeat the readings just sent.
    const again = await upload(official, await download(official), cells);
    expect(again).toMatchObject({ ok: false, message: "填报表有 2 行错误，整个文件未导入。请修改后重新上传。" });
    expect(await db.progressUpdate.count({ where: { commitmentId: { in: [books.id, parks.id] } } })).toBe(3);
  });

  it("answers, of several returns, the one of its day, else the latest; a return overtaken since is none to answer", async () => {
    const { official, reviewer, commitments } = await scenario([{ indicator: "改造老旧小区" }, { indicator: "新增城市绿道" }, { indicator: "新建充电桩" }]);
    const [estates, greenways, chargers] = commitments;
    const returns = new Map<number, { june: number; september: number }>();
    for (const c of [estates, greenways]) {
      const june = await reading(official, c.id, { asOf: "2023-06-30", actualValue: 30, narrative: "上半年进展" });
      const september = await reading(official, c.id, { asOf: "2023-09-30", actualValue: 50, narrative: "前三季度进展" });
      await decide(reviewer, june, "六月数据与统计局不符");
      await decide(reviewer, september, "请附九月报表");
      returns.set(c.id, { june, september });
    }
    // 新建充电桩: June returned while September waited, then September approved: the June return is
    // overtaken. (September reported after the return would have been its answer: the form answers
    // a commitment's only return.)
    const overtaken = await reading(official, chargers.id, { asOf: "2023-06-30", actualValue: 30, narrative: "上半年进展" });
    const approvedSeptember = await reading(official, chargers.id, { asOf: "2023-09-30", actualValue: 60, narrative: "前三季度进展" });
    await decide(reviewer, overtaken, "请附明细");
    await decide(reviewer, approvedSeptember, null);

    const sheet = await download(official);
    expect(returnedCells(sheet)).toEqual(
      new Map([
        [estates.id, "数据截至 2023-06-30 的进展被退回：六月数据与统计局不符\n数据截至 2023-09-30 的进展被退回：请附九月报表"],
        [greenways.id, "数据截至 2023-06-30 的进展被退回：六月数据与统计局不符\n数据截至 2023-09-30 的进展被退回：请附九月报表"],
        [chargers.id, null],
      ]),
    );
    const cells = new Map<number, Cells>([
      [estates.id, { asOf: "2023-06-30", actualValue: 28, narrative: "上半年核实为28个" }],
      [greenways.id, { asOf: "2023-10-31", actualValue: 70, narrative: "截至10月底" }],
      [chargers.id, { asOf: "2023-10-31", actualValue: 80, narrative: "截至10月底" }],
    ]);
    expect(await upload(official, sheet, cells)).toMatchObject({ ok: true, data: { count: 3, answered: 2 } });
    expect(await answerOf(returns.get(estates.id)!.june)).toMatchObject({ narrative: "上半年核实为28个" });
    expect(await answerOf(returns.get(estates.id)!.september)).toBeNull();
    expect(await answerOf(returns.get(greenways.id)!.september)).toMatchObject({ narrative: "截至10月底" });
    expect(await answerOf(returns.get(greenways.id)!.june)).toBeNull();
    expect(await answerOf(overtaken)).toBeNull();
    // What is left to answer: 改造老旧小区's September (its June was answered, with an earlier day).
    expect((await listOfficialWork(official, todayIsoDay())).returned.map((r) => r.update.id)).toEqual([returns.get(estates.id)!.september]);
  });

  it("sends an answer that repeats the approved reading of its day, as the form's resubmission does, but refuses a copy of another day's", async () => {
    const { official, reviewer, commitments } = await scenario([{ indicator: "新建5G基站" }, { indicator: "新建污水管网" }]);
    const [towers, sewers] = commitments;
    const approved = { asOf: "2023-06-30", actualValue: 50, narrative: "上半年建成50个" };
    await decide(reviewer, await reading(official, towers.id, approved), null);
    const correction = await reading(official, towers.id, { ...approved, actualValue: 55, narrative: "更正：上半年建成55个" });
    await decide(reviewer, correction, "请核实，统计局为50个");
    await decide(reviewer, await reading(official, sewers.id, approved), null);
    const september = await reading(official, sewers.id, { asOf: "2023-09-30", actualValue: 70, narrative: "前三季度" });
    await decide(reviewer, september, "请附验收材料");

    // 新建5G基站: the official answers that the approved 50 was right.
    const answered = await upload(official, await download(official), new Map([[towers.id, approved]]));
    expect(answered).toMatchObject({ ok: true, data: { count: 1, answered: 1 } });
    expect(await answerOf(correction)).toMatchObject({ narrative: "上半年建成50个" });
    // 新建污水管网: June's approved reading sent again (an old sheet) is no answer to September's return.
    const refused = await upload(official, await download(official), new Map([[sewers.id, approved]]));
    expect(refused).toMatchObject({ ok: false, kind: "invalid" });
    if (!refused.ok) expect(Object.values(refused.fieldErrors ?? {}).flat()).toEqual(["与已审核通过的进展完全相同（数据截至 2023-06-30），请删除此行"]);
    expect(await answerOf(september)).toBeNull();
  });
});
