import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { buildBulkSheet } from "@/lib/bulk-updates/build-sheet";
import { readBulkSheet } from "@/lib/bulk-updates/read-bulk-sheet";
import { MAX_SHEET_ROWS, SHEET_NAMES, columnIndex, headedIn } from "@/lib/bulk-updates/sheet-layout";
import { submitBulkUpdates } from "@/lib/bulk-updates/submit-bulk-updates";
import { formatTarget } from "@/lib/commitments/format-target";
import { actorFor, db, department, reportWithCommitments } from "./support";

async function fill(bytes: Buffer, values: Record<number, { asOf?: string | Date; actualValue?: string | number; done?: string; narrative?: string }>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.worksheets[0]; // 进展填报, or Progress in English
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const v = values[Number(row.getCell(1).value)];
    if (!v) return;
    if (v.asOf !== undefined) row.getCell(columnIndex("asOf")).value = v.asOf;
    if (v.actualValue !== undefined) row.getCell(columnIndex("actualValue")).value = v.actualValue;
    if (v.done !== undefined) row.getCell(columnIndex("done")).value = v.done;
    if (v.narrative !== undefined) row.getCell(columnIndex("narrative")).value = v.narrative;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer()).buffer;
}

describe("bulk progress by sheet", () => {
  it("pre-fills the department's commitments; one bad row refuses the file; fixed, every row becomes a submitted update", async () => {
    const [mine, theirs] = [await department(), await department()];
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "批量甲", targetValue: 100, leadDepartmentId: mine.id },
      { indicator: "批量乙", kind: "MILESTONE", leadDepartmentId: mine.id },
      { indicator: "批量丙", targetValue: 10, leadDepartmentId: mine.id },
      { indicator: "外部门", leadDepartmentId: theirs.id },
    ]);
    const [a, b, c, foreign] = commitments;
    const sheet = await buildBulkSheet(official);
    const template = await readBulkSheet(new Uint8Array(sheet).buffer);
    expect(template).toEqual({ rows: [], headerLanguages: headedIn("zh") }); // nothing filled in yet
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(new Uint8Array(sheet).buffer);
    const ids = loaded.getWorksheet(SHEET_NAMES.zh)!.getColumn(1).values.slice(2).map(Number);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
    expect(ids).not.toContain(foreign.id);
    // Each row names its report: a department may own commitments of several.
    const reports = loaded.getWorksheet(SHEET_NAMES.zh)!.getColumn(columnIndex("report")).values.slice(2);
    expect(new Set(reports)).toEqual(new Set([`2023 ${report.title}`]));

    const bad = await fill(sheet, {
      [a.id]: { asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 55, narrative: "完成过半" },
      [b.id]: { asOf: "2023-06-30", done: "也许", narrative: "进行中" },
      [c.id]: { asOf: "2023-06-30", actualValue: "3", narrative: "" },
    });
    const badRows = await readBulkSheet(bad);
    if (!("rows" in badRows)) throw new Error("unreadable");
    const refused = await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(badRows.rows) });
    expect(refused).toMatchObject({ ok: false, kind: "invalid", message: "填报表有 2 行错误，整个文件未导入。请修改后重新上传。" });
    if (!refused.ok) expect(Object.values(refused.fieldErrors ?? {}).flat()).toEqual(expect.arrayContaining(["“是否完成”请填“是”或“否”", "请填写“进展情况说明”（最多 5000 字）"]));
    expect(await db.progressUpdate.count({ where: { commitmentId: { in: [a.id, b.id, c.id] } } })).toBe(0);

    const good = await fill(sheet, {
      [a.id]: { asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 55, narrative: "完成过半" },
      [b.id]: { asOf: "2023-06-30", done: "是", narrative: "已完成" },
      [c.id]: { asOf: "2023-06-30", actualValue: "3", narrative: "进行中" },
    });
    const goodRows = await readBulkSheet(good);
    if (!("rows" in goodRows)) throw new Error("unreadable");
    expect(await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(goodRows.rows) })).toMatchObject({ ok: true, data: { count: 3 } });
    const updates = await db.progressUpdate.findMany({ where: { commitmentId: { in: [a.id, b.id, c.id] } }, orderBy: { commitmentId: "asc" } });
    expect(updates.map((u) => [u.state, u.percent?.toString()])).toEqual([["SUBMITTED", "55"], ["SUBMITTED", "100"], ["SUBMITTED", "30"]]);

    // The same file uploaded again adds nothing: each row repeating a waiting update is named.
    const again = await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(goodRows.rows) });
    expect(again).toMatchObject({ ok: false, kind: "invalid", message: "填报表有 3 行错误，整个文件未导入。请修改后重新上传。" });
    if (!again.ok) expect(Object.values(again.fieldErrors ?? {}).flat()[0]).toBe("与已提交、等待审核的进展完全相同（数据截至 2023-06-30），请删除此行");
    expect(await db.progressUpdate.count({ where: { commitmentId: { in: [a.id, b.id, c.id] } } })).toBe(3);

    // Approved meanwhile, the same file is still a repeat, said as such.
    await db.progressUpdate.updateMany({ where: { commitmentId: { in: [a.id, b.id, c.id] } }, data: { state: "APPROVED" } });
    const afterApproval = await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(goodRows.rows) });
    expect(afterApproval).toMatchObject({ ok: false, kind: "invalid", message: "填报表有 3 行错误，整个文件未导入。请修改后重新上传。" });
    if (!afterApproval.ok) expect(Object.values(afterApproval.fieldErrors ?? {}).flat()[0]).toBe("与已审核通过的进展完全相同（数据截至 2023-06-30），请删除此行");
    expect(await db.progressUpdate.count({ where: { commitmentId: { in: [a.id, b.id, c.id] } } })).toBe(3);
  });

  it("names every problem of a row in one upload, and a repeated commitment with the row it first came in", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments: [farmland] } = await reportWithCommitments([{ indicator: "新增高标准农田", targetValue: 11, unit: "万亩", leadDepartmentId: mine.id }]);
    const rows = [
      { row: 12, id: String(farmland.id), asOf: "6月底", actualValue: "约2000", done: "", narrative: "" },
      { row: 13, id: String(farmland.id), asOf: "2023-06-30", actualValue: "5", done: "", narrative: "完成5万亩" },
    ];
    const refused = await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(rows) });
    expect(refused).toMatchObject({ ok: false, kind: "invalid", message: "填报表有 2 行错误，整个文件未导入。请修改后重新上传。" });
    if (!refused.ok) {
      expect(refused.fieldErrors?.["row-12"]).toEqual(["“数据截至日期”不是有效日期，请按 2023-06-30 的格式填写", "请填写“进展情况说明”（最多 5000 字）", "“实际完成值”请填写确切的数字（如 2000），不要写“约”"]);
      expect(refused.fieldErrors?.["row-13"]).toEqual([`编号 ${farmland.id} 出现了不止一次（第 12 行已有），请合并为一行`]);
    }
    expect(await db.progressUpdate.count({ where: { commitmentId: farmland.id } })).toBe(0);
  });

  it("refuses a figure typed as a percentage (Excel stores 5.2% as 0.052), as the update form does, instead of storing it 100 times too small", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments: [rate] } = await reportWithCommitments([{ indicator: "城镇调查失业率", targetValue: 5.5, unit: "%", comparator: "AT_MOST", leadDepartmentId: mine.id }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await buildBulkSheet(official)).buffer);
    workbook.getWorksheet(SHEET_NAMES.zh)!.eachRow((row, n) => {
      if (n === 1 || Number(row.getCell(1).value) !== rate.id) return;
      row.getCell(columnIndex("asOf")).value = "2023-06-30";
      const cell = row.getCell(columnIndex("actualValue"));
      cell.value = 0.052;
      cell.numFmt = "0.0%";
      row.getCell(columnIndex("narrative")).value = "上半年";
    });
    const read = await readBulkSheet(new Uint8Array(await workbook.xlsx.writeBuffer()).buffer);
    if (!("rows" in read)) throw new Error("unreadable");
    expect(read.rows.map((r) => r.actualValue)).toEqual(["5.2%"]);
    const refused = await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(read.rows) });
    expect(refused).toMatchObject({ ok: false, kind: "invalid" });
    if (!refused.ok) expect(Object.values(refused.fieldErrors ?? {}).flat().join()).toContain("“实际完成值”请直接填数字（如 5.2），不要使用百分比格式");
    expect(await db.progressUpdate.count({ where: { commitmentId: rate.id } })).toBe(0);
  });

  it("names the row of an over-long cell (a note in 是否完成, a narrative past 5000 characters)", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments: [milestone, numeric] } = await reportWithCommitments([
      { indicator: "长备注里程碑", kind: "MILESTONE", leadDepartmentId: mine.id },
      { indicator: "长说明指标", targetValue: 10, leadDepartmentId: mine.id },
    ]);
    const rows = [
      { row: 2, id: String(milestone.id), asOf: "2023-06-30", actualValue: "", done: "是（已于5月完成验收并投入使用，详见说明）", narrative: "已完成" },
      { row: 3, id: String(numeric.id), asOf: "2023-06-30", actualValue: "3", done: "", narrative: "很".repeat(20_001) },
    ];
    const refused = await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(rows) });
    expect(refused).toMatchObject({ ok: false, kind: "invalid" });
    if (!refused.ok) expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(["row-2", "row-3"]);
  });

  it("tells, on the cell to fill, that a planned fall is reported as a negative change", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([
      { indicator: "单位生产总值能耗", comparator: "GROWTH", targetValue: -3, unit: "%", leadDepartmentId: mine.id },
      { indicator: "二氧化碳排放", comparator: "RANGE", targetValue: null, targetMin: -3, targetMax: -2, unit: "%", leadDepartmentId: mine.id },
      { indicator: "新建5G基站", targetValue: 2500, leadDepartmentId: mine.id },
    ]);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(new Uint8Array(await buildBulkSheet(official)).buffer);
    const sheet = loaded.getWorksheet(SHEET_NAMES.zh)!;
    const prompts = new Map<number, string | undefined>();
    sheet.eachRow((row, n) => {
      if (n > 1) prompts.set(Number(row.getCell(1).value), row.getCell(columnIndex("actualValue")).dataValidation?.prompt);
    });
    const [energy, carbon, towers] = commitments;
    expect(prompts.get(energy.id)).toBe("目标为下降 3%：请填写增减幅度，下降填负数（如下降 2.5 填 -2.5）。");
    expect(prompts.get(carbon.id)).toContain("目标为下降 2–3%");
    expect(prompts.get(towers.id)).toBeUndefined();
  });

  it("stops a share of a whole outside 0–100, a count below zero and a growth below -100% in Excel itself, and refuses a share uploaded anyway (洛阳: 农作物良种覆盖率97%以上)", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([
      { indicator: "农作物良种覆盖率", comparator: "AT_LEAST", targetValue: 97, unit: "%", leadDepartmentId: mine.id },
      { indicator: "新建5G基站", targetValue: 2500, leadDepartmentId: mine.id },
      { indicator: "地区生产总值", comparator: "GROWTH", targetValue: 7, unit: "%", leadDepartmentId: mine.id },
      { indicator: "居民消费价格涨幅", comparator: "AT_MOST", targetValue: 3, unit: "%", leadDepartmentId: mine.id },
    ]);
    const [seeds, towers, gdp, prices] = commitments;
    const built = await buildBulkSheet(official);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(new Uint8Array(built).buffer);
    const sheet = loaded.getWorksheet(SHEET_NAMES.zh)!;
    const rowOf = (id: number) => sheet.getRows(2, sheet.rowCount - 1)!.find((r) => Number(r.getCell(1).value) === id)!;
    expect(rowOf(seeds.id).getCell(columnIndex("actualValue")).dataValidation).toMatchObject({ operator: "between", formulae: [0, 100], showErrorMessage: true, error: "“实际完成值”只能填写 0 到 100 之间的数字，不带“%”、单位或文字（该指标是比例，单位为 %）" });
    // What the upload refuses is stopped in the cell too: a count below zero, a growth rate below -100%; a price change may fall below zero.
    expect(rowOf(towers.id).getCell(columnIndex("actualValue")).dataValidation).toMatchObject({ operator: "greaterThanOrEqual", formulae: [0], showErrorMessage: true, error: "“实际完成值”只能填写不小于 0 的数字，不带单位或文字（该目标是数量，不是增长率或比率）" });
    expect(rowOf(gdp.id).getCell(columnIndex("actualValue")).dataValidation).toMatchObject({ operator: "greaterThanOrEqual", formulae: [-100], showErrorMessage: true });
    // Excel's box shows for text typed too ("约462"), so it says what the cell takes; a price change stops text only.
    expect(rowOf(prices.id).getCell(columnIndex("actualValue")).dataValidation).toMatchObject({ operator: "greaterThan", showErrorMessage: true, error: "“实际完成值”只能填写数字，不带“%”、单位或文字" });

    const filled = await fill(built, { [seeds.id]: { asOf: "2023-06-30", actualValue: 150, narrative: "良种覆盖" } });
    const read = await readBulkSheet(filled);
    if (!("rows" in read)) throw new Error("unreadable");
    const refused = await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(read.rows) });
    expect(refused).toMatchObject({ ok: false, kind: "invalid" });
    if (!refused.ok) expect(Object.values(refused.fieldErrors ?? {}).flat()).toContain("“实际完成值”应在 0 到 100 之间（该指标是比例，单位为 %）");
    expect(await db.progressUpdate.count({ where: { commitmentId: seeds.id } })).toBe(0);
  });

  it("is written in the official's language, and an English sheet reads back like a Chinese one", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([
      { indicator: "新建5G基站", targetValue: 2500, unit: "个", leadDepartmentId: mine.id },
      { indicator: "公交集团完成股权划转", kind: "MILESTONE", leadDepartmentId: mine.id },
    ]);
    const [towers, transfer] = commitments;
    const built = await buildBulkSheet(official, "en");
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(new Uint8Array(built).buffer);
    expect(loaded.worksheets.map((w) => w.name)).toEqual([SHEET_NAMES.en]);
    const sheet = loaded.getWorksheet(SHEET_NAMES.en)!;
    expect(sheet.getRow(1).values).toEqual([undefined, "No.", "Report", "Section", "Indicator", "Target", "Deadline", "Returned for correction", "As of", "Actual value", "Done", "Narrative"]);
    const rowOf = (id: number) => sheet.getRows(2, sheet.rowCount - 1)!.find((r) => Number(r.getCell(1).value) === id)!;
    expect(rowOf(towers.id).getCell(columnIndex("target")).value).toBe(formatTarget({ comparator: "AT_LEAST", targetValue: 2500, targetMin: null, targetMax: null, unit: "个" }, "en"));
    expect(rowOf(transfer.id).getCell(columnIndex("done")).dataValidation?.formulae).toEqual(['"Yes,No"']);

    const filled = await fill(built, {
      [towers.id]: { asOf: "2023-06-30", actualValue: 1200, narrative: "1,200 built" },
      [transfer.id]: { asOf: "2023-06-30", done: "yes", narrative: "Transferred" },
    });
    const read = await readBulkSheet(filled);
    if (!("rows" in read)) throw new Error("unreadable");
    expect(await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(read.rows) })).toMatchObject({ ok: true, data: { count: 2 } });
    const updates = await db.progressUpdate.findMany({ where: { commitmentId: { in: [towers.id, transfer.id] } }, orderBy: { commitmentId: "asc" } });
    expect(updates.map((u) => [u.actualValue?.toString() ?? null, u.percent?.toString()])).toEqual([["1200", "48"], [null, "100"]]);
  });

  it("refuses an old sheet's row of a commitment closed since, naming it and what closed it, and asking for the row to be deleted", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([
      { indicator: "新建口袋公园", targetValue: 90, unit: "个", leadDepartmentId: mine.id },
      { indicator: "新增城市书房", targetValue: 20, unit: "个", leadDepartmentId: mine.id },
      { indicator: "改造老旧小区", targetValue: 300, unit: "个", leadDepartmentId: mine.id },
    ]);
    const [parks, books, estates] = commitments;
    const sheet = await buildBulkSheet(official);
    // Verified and withdrawn after the official downloaded the sheet.
    await db.commitment.update({ where: { id: parks.id }, data: { status: "VERIFIED" } });
    await db.commitment.update({ where: { id: estates.id }, data: { status: "WITHDRAWN" } });
    const read = await readBulkSheet(
      await fill(sheet, Object.fromEntries(commitments.map((c) => [c.id, { asOf: "2023-09-30", actualValue: 12, narrative: "三季度进展" }]))),
    );
    if (!("rows" in read)) throw new Error("unreadable");
    const rowOf = (id: number) => read.rows.find((r) => Number(r.id) === id)!.row;
    const refused = await executeAction(submitBulkUpdates, official, { rows: JSON.stringify(read.rows) });
    expect(refused).toMatchObject({ ok: false, kind: "invalid", message: "填报表有 2 行错误，整个文件未导入。请修改后重新上传。" });
    if (!refused.ok) {
      expect(refused.fieldErrors?.[`row-${rowOf(parks.id)}`]).toEqual([`编号 ${parks.id}（新建口袋公园）已核验，不再接受进展报送，请删除此行`]);
      expect(refused.fieldErrors?.[`row-${rowOf(estates.id)}`]).toEqual([`编号 ${estates.id}（改造老旧小区）已撤销，不再接受进展报送，请删除此行`]);
      expect(refused.fieldErrors?.[`row-${rowOf(books.id)}`]).toBeUndefined();
    }
    expect(await db.progressUpdate.count({ where: { commitmentId: { in: commitments.map((c) => c.id) } } })).toBe(0);
  });

  it("starts every message Excel shows on its own in an English sheet (its error boxes and prompts) with a capital", async () => {
    const mine = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    await reportWithCommitments([
      { indicator: "农作物良种覆盖率", comparator: "AT_LEAST", targetValue: 97, unit: "%", leadDepartmentId: mine.id },
      { indicator: "新建5G基站", targetValue: 2500, leadDepartmentId: mine.id },
      { indicator: "地区生产总值", comparator: "GROWTH", targetValue: 7, unit: "%", leadDepartmentId: mine.id },
      { indicator: "单位生产总值能耗", comparator: "GROWTH", targetValue: -3, unit: "%", leadDepartmentId: mine.id },
      { indicator: "公交集团完成股权划转", kind: "MILESTONE", leadDepartmentId: mine.id },
    ]);
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(new Uint8Array(await buildBulkSheet(official, "en")).buffer);
    const shown: string[] = [];
    loaded.getWorksheet(SHEET_NAMES.en)!.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { error, prompt, promptTitle } = cell.dataValidation ?? {};
        shown.push(...[error, prompt, promptTitle].filter((text): text is string => text !== undefined));
      });
    });
    // The share's, the count's, the growth rate's, each kind's other cell, and the planned fall's prompt.
    expect(new Set(shown).size).toBeGreaterThanOrEqual(7);
    for (const text of shown) expect(text).toMatch(/^"?[A-Z]/);
  });

  it("refuses rows naming another department's commitment, and files that are not the sheet", async () => {
    const [mine, theirs] = [await department(), await department()];
    const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
    const { commitments } = await reportWithCommitments([{ indicator: "外部门的", leadDepartmentId: theirs.id }]);
    const result = await executeAction(submitBulkUpdates, official, {
      rows: JSON.stringify([{ row: 2, id: String(commitments[0].id), asOf: "2023-06-30", actualValue: "1", done: "", narrative: "越权" }]),
    });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitments[0].id } })).toBe(0);
    expect(await readBulkSheet(new TextEncoder().encode("not a workbook").buffer as ArrayBuffer)).toEqual({ problem: "bulk.error.file" });
  });

  it("a department with more open commitments than one sheet holds is told so in the sheet, not cut off silently", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { commitments } = await reportWithCommitments([{ indicator: "满表", targetValue: 10, leadDepartmentId: dept.id }]);
    // MAX_SHEET_ROWS more copies of it in one statement (only the indicator and position differ).
    const columns = (await db.$queryRaw<{ name: string }[]>`
      SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'Commitment' AND column_name <> 'id' ORDER BY ordinal_position`).map((c) => `"${c.name}"`);
    const values = columns.map((c) => (c === '"indicator"' ? `"indicator" || ' ' || g` : c === '"position"' ? `"position" + g` : c));
    await db.$executeRawUnsafe(`INSERT INTO "Commitment" (${columns.join(", ")}) SELECT ${values.join(", ")} FROM "Commitment", generate_series(1, ${MAX_SHEET_ROWS}) g WHERE id = ${commitments[0].id}`);

    const built = new Uint8Array(await buildBulkSheet(official)).buffer;
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(built);
    expect(loaded.getWorksheet(SHEET_NAMES.zh)!.rowCount).toBe(MAX_SHEET_ROWS + 1);
    // The note is no row: the untouched sheet still reads as nothing filled in.
    expect(await readBulkSheet(built)).toMatchObject({ rows: [] });
    const note = `本表只列出前 ${MAX_SHEET_ROWS} 项目标任务（本单位共有 ${MAX_SHEET_ROWS + 1} 项未关闭）。`;
    expect(String(loaded.getWorksheet("说明")!.getCell("A1").value)).toContain(note);

    // One fewer, and the sheet says nothing.
    await db.commitment.delete({ where: { id: commitments[0].id } });
    const full = new ExcelJS.Workbook();
    await full.xlsx.load(new Uint8Array(await buildBulkSheet(official)).buffer);
    expect(full.getWorksheet(SHEET_NAMES.zh)!.rowCount).toBe(MAX_SHEET_ROWS + 1);
    expect(full.getWorksheet("说明")).toBeUndefined();
  });
});
