import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { getEvidenceDownload } from "@/lib/evidence/get-evidence-download";
import { readEvidenceFiles } from "@/lib/evidence/read-evidence-files";
import { MAX_EVIDENCE_BYTES } from "@/lib/evidence/types";
import { returnUpdate } from "@/lib/reviews/return-update";
import { seedCommitment } from "@/lib/seed/factories";
import { getResubmitDraft } from "@/lib/updates/get-resubmit-draft";
import { listCommitmentUpdates } from "@/lib/updates/list-commitment-updates";
import { submitUpdate } from "@/lib/updates/submit-update";
import { requestChange } from "@/lib/change-requests/request-change";
import { actorFor, auditEventFor, db, department, inOtherTransaction, someoneWaitsOnLock, waitFor } from "./support";

// Last year's report: any day of it is a valid as-of date, whatever today is.
const YEAR = new Date().getUTCFullYear() - 1;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const EXE = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const file = (fileName: string, bytes: Buffer | string) => ({ fileName, base64: Buffer.from(bytes).toString("base64") });

async function scenario(options: Parameters<typeof seedCommitment>[1] = {}) {
  const dept = await department();
  const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
  const commitment = await seedCommitment(db, { year: YEAR, targetValue: 11, unit: "万亩", comparator: "EQUAL", leadDepartmentId: dept.id, ...options });
  const input = { commitmentId: String(commitment.id), asOf: `${YEAR}-06-30`, actualValue: "5.5", narrative: "完成5.5万亩，占目标一半。" };
  return { dept, official, commitment, input };
}

describe("submitting a progress update", () => {
  it("names every missing field in one answer: the figure the form was drawn for, and the narrative", async () => {
    const { official, input } = await scenario();
    const refused = await executeAction(submitUpdate, official, { ...input, actualValue: "", narrative: "", expects: "NUMERIC" });
    expect(refused).toMatchObject({ ok: false, kind: "invalid" });
    if (!refused.ok) expect(Object.keys(refused.fieldErrors ?? {}).sort()).toEqual(["actualValue", "narrative"]);
    // The hint is not trusted: a milestone's form sent for a numeric target is still refused by the use case.
    const lying = await executeAction(submitUpdate, official, { ...input, actualValue: "", done: "true", expects: "MILESTONE" });
    expect(lying).toMatchObject({ ok: false, kind: "invalid" });
    if (!lying.ok) expect(Object.keys(lying.fieldErrors ?? {})).toEqual(["actualValue"]);
  });

  it("refuses an area below zero (a slip of the keyboard) and keeps a growth rate's, nothing written for the refusal", async () => {
    const { official, commitment, input } = await scenario();
    const refused = await executeAction(submitUpdate, official, { ...input, actualValue: "-5" });
    expect(refused).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { actualValue: ["实际完成值不能小于 0：该目标是数量，不是增长率或比率。"] } });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
    const growth = await scenario({ comparator: "GROWTH", targetValue: 6.5, unit: "%" });
    expect(await executeAction(submitUpdate, growth.official, { ...growth.input, actualValue: "-0.4" })).toMatchObject({ ok: true });
  });

  it("refuses the same reading sent again while the first waits; a correction, new evidence or a later day is no repeat", async () => {
    const { official, commitment, input } = await scenario();
    expect(await executeAction(submitUpdate, official, input)).toMatchObject({ ok: true });
    const again = await executeAction(submitUpdate, official, { ...input, narrative: ` ${input.narrative} ` });
    expect(again).toMatchObject({ ok: false, kind: "invalid", message: `这条进展（数据截至 ${YEAR}-06-30）已经提交，正在等待督查审核，无需重复提交。` });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(1);
    // 5.5 written as 5.50 is the same figure.
    expect(await executeAction(submitUpdate, official, { ...input, actualValue: "5.50" })).toMatchObject({ ok: false, kind: "invalid" });
    expect(await executeAction(submitUpdate, official, { ...input, actualValue: "5.6" })).toMatchObject({ ok: true });
    expect(await executeAction(submitUpdate, official, { ...input, evidence: [file("验收.png", PNG)] })).toMatchObject({ ok: true });
    expect(await executeAction(submitUpdate, official, { ...input, asOf: `${YEAR}-07-31` })).toMatchObject({ ok: true });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(4);
    // Approved, the reading is still a repeat when sent again, and said so.
    await db.progressUpdate.updateMany({ where: { commitmentId: commitment.id }, data: { state: "APPROVED" } });
    const afterApproval = await executeAction(submitUpdate, official, input);
    expect(afterApproval).toMatchObject({ ok: false, kind: "invalid", message: `这条进展（数据截至 ${YEAR}-06-30）与已审核通过的进展完全相同，无需重复提交。` });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(4);
  });

  it("keeps one of the same reading sent twice at the same instant (two tabs)", async () => {
    const { official, commitment, input } = await scenario();
    // The audit chain's lock held elsewhere stops both submissions just before they commit: each
    // has checked for a repeat by then, unless the second check waits for the first submission.
    await inOtherTransaction(async (holder) => {
      await holder.query("SELECT pg_advisory_xact_lock(7310112)");
      const first = executeAction(submitUpdate, official, input);
      const second = executeAction(submitUpdate, official, input);
      // The second waits for the first's repeat check to commit (only the same commitment's
      // checks wait on each other; other files' submissions wait on the audit lock instead).
      const secondWaits = await waitFor(() => someoneWaitsOnLock(["%pg_advisory_xact_lock(%s.id)%"], holder.pid), 10_000);
      expect(secondWaits).toBe(true);
      await holder.query("COMMIT");
      const answers = await Promise.all([first, second]);
      expect(answers.filter((a) => a.ok)).toHaveLength(1);
      expect(answers.filter((a) => !a.ok)).toMatchObject([{ kind: "invalid", message: `这条进展（数据截至 ${YEAR}-06-30）已经提交，正在等待督查审核，无需重复提交。` }]);
      expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(1);
    });
  });

  it("is refused as closed when a verification of the commitment commits while it is being submitted", async () => {
    const { official, commitment, input } = await scenario();
    // A verification in flight: the commitment row locked and marked VERIFIED, not yet committed.
    await inOtherTransaction(async (verifier) => {
      await verifier.query(`SELECT 1 FROM "Commitment" WHERE id = $1 FOR UPDATE`, [commitment.id]);
      // Late on 2023-07-04 in UTC, 07-05 in Beijing: the day the commitment's page shows.
      await verifier.query(`UPDATE "Commitment" SET status = 'VERIFIED', "verifiedAt" = '2023-07-04T17:30:00Z' WHERE id = $1`, [commitment.id]);
      const submitting = executeAction(submitUpdate, official, input);
      // The submission waits for the verification's row lock before it reads the status…
      const waiting = await waitFor(() => someoneWaitsOnLock(['%"Commitment"%', '%"ProgressUpdate"%'], verifier.pid), 10_000);
      expect(waiting).toBe(true);
      await verifier.query("COMMIT");
      // …so it reads VERIFIED and refuses, instead of leaving an update no one may approve.
      expect(await submitting).toMatchObject({ ok: false, kind: "invalid", message: "该目标任务已于 2023-07-05 核验，不再接受报送或申请。" });
      expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
    });
  });

  it("names the closing in force when refusing a closed commitment's update or request, with the day its page shows", async () => {
    const cases = [
      { data: { status: "VERIFIED", verifiedAt: new Date("2023-07-04T17:30:00Z") }, zh: "该目标任务已于 2023-07-05 核验，不再接受报送或申请。", en: "This commitment was verified on 2023-07-05 and takes no more updates or requests." },
      { data: { status: "UNMET", unmetAt: new Date("2024-01-10T02:00:00Z") }, zh: "该目标任务已于 2024-01-10 按未完成办结，不再接受报送或申请。", en: "This commitment was closed as not delivered on 2024-01-10 and takes no more updates or requests." },
      // A withdrawal's page names no day: neither does its refusal.
      { data: { status: "WITHDRAWN" }, zh: "该目标任务已撤销，不再接受报送或申请。", en: "This commitment is withdrawn and takes no more updates or requests." },
    ] as const;
    for (const { data, zh, en } of cases) {
      const { official, commitment, input } = await scenario();
      await db.commitment.update({ where: { id: commitment.id }, data });
      expect(await executeAction(submitUpdate, official, input), data.status).toMatchObject({ ok: false, kind: "invalid", message: zh });
      expect(await executeAction(submitUpdate, official, input, "en"), data.status).toMatchObject({ ok: false, message: en });
      // The change request form is refused in the same words.
      const extend = { commitmentId: input.commitmentId, kind: "EXTEND_DEADLINE", proposedDeadline: `${YEAR + 2}-06-30`, reason: "受汛期影响，工期顺延。" };
      expect(await executeAction(requestChange, official, extend), data.status).toMatchObject({ ok: false, kind: "invalid", message: zh });
      expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
    }
  });

  it("stores a SUBMITTED update with the percent computed from the target, and audits it", async () => {
    const { official, commitment, input } = await scenario();
    const result = await executeAction(submitUpdate, official, { ...input, percent: "99" });
    expect(result).toMatchObject({ ok: true });
    const update = await db.progressUpdate.findFirstOrThrow({ where: { commitmentId: commitment.id } });
    expect(update).toMatchObject({ state: "SUBMITTED", authorId: official.id, done: null });
    expect(Number(update.actualValue)).toBe(5.5);
    expect(Number(update.percent)).toBe(50);
    const event = await auditEventFor("update.submit", update.id, { entity: "ProgressUpdate" });
    expect(event.actorId).toBe(official.id);
    // Only approved figures reach the commitment.
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).latestPercent).toBeNull();
  });

  it("takes done / not done for a milestone, from a supporting department too", async () => {
    const lead = await department();
    const { official, commitment } = await scenario({ kind: "MILESTONE", leadDepartmentId: lead.id });
    const supporter = official;
    await db.commitmentSupport.create({ data: { commitmentId: commitment.id, departmentId: supporter.departmentId! } });
    const result = await executeAction(submitUpdate, supporter, { commitmentId: commitment.id, asOf: `${YEAR}-06-30`, done: "true", narrative: "股权划转已完成。" });
    expect(result).toMatchObject({ ok: true });
    const update = await db.progressUpdate.findFirstOrThrow({ where: { commitmentId: commitment.id } });
    expect(update).toMatchObject({ done: true, actualValue: null });
    expect(Number(update.percent)).toBe(100);
  });

  it("is refused to every role but officials", async () => {
    const { commitment, input } = await scenario();
    for (const role of ["ADMIN", "REVIEWER", "VIEWER"] as const) {
      const actor = await actorFor({ role });
      expect(await executeAction(submitUpdate, actor, input)).toMatchObject({ ok: false, kind: "forbidden" });
    }
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
  });

  it("does not find another department's commitment, and writes nothing", async () => {
    const { commitment, input } = await scenario();
    const other = await actorFor({ role: "OFFICIAL", departmentId: (await department()).id });
    expect(await executeAction(submitUpdate, other, input)).toMatchObject({ ok: false, kind: "not_found" });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
    expect(await listCommitmentUpdates(other, commitment.id)).toEqual([]);
  });

  it("refuses an as-of date in the future or before the report year, a missing value and a long narrative", async () => {
    const { official, commitment, input } = await scenario();
    const future = await executeAction(submitUpdate, official, { ...input, asOf: `${YEAR + 2}-01-01` });
    expect(future).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { asOf: ["截至日期不能晚于今天。"] } });
    const early = await executeAction(submitUpdate, official, { ...input, asOf: `${YEAR - 1}-12-31` });
    expect(early).toMatchObject({ ok: false, fieldErrors: { asOf: [`截至日期不能早于报告年度（${YEAR} 年 1 月 1 日）。`] } });
    expect(await executeAction(submitUpdate, official, { ...input, actualValue: "" })).toMatchObject({ ok: false, fieldErrors: { actualValue: ["此项为必填项。"] } });
    const bad = await executeAction(submitUpdate, official, { ...input, actualValue: "abc", asOf: "2023-02-30", narrative: "x".repeat(5001) });
    expect(bad).toMatchObject({ ok: false, kind: "invalid" });
    if (!bad.ok) {
      expect(bad.fieldErrors?.actualValue).toEqual(["请输入数字。"]);
      expect(bad.fieldErrors?.asOf).toEqual(["请输入有效日期（年-月-日）。"]);
      expect(bad.fieldErrors?.narrative).toEqual(["进展情况说明最多 5000 字。"]);
    }
    expect(await executeAction(submitUpdate, official, { ...input, narrative: "  " })).toMatchObject({ ok: false, fieldErrors: { narrative: ["此项为必填项。"] } });
    // A figure with digits too many is a number still: the message says what is wrong with it.
    const huge = await executeAction(submitUpdate, official, { ...input, actualValue: "99999999999999999999999" });
    expect(huge).toMatchObject({ ok: false, fieldErrors: { actualValue: ["数值过大（超过 10¹⁵），请检查是否多输入了位数。"] } });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
  });

  it("names every mistake in one answer: with the form's hints even when another field fails, and in the use case without them", async () => {
    const { official, commitment, input } = await scenario();
    // As the form sends it: the narrative left empty no longer hides the day and the figure.
    const hinted = await executeAction(submitUpdate, official, { ...input, asOf: `${YEAR - 1}-03-01`, actualValue: "-3", narrative: "", expects: "NUMERIC", reportYear: String(YEAR), lowest: "0" });
    expect(hinted).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "提交的内容有误，请按提示修改。",
      fieldErrors: { narrative: ["此项为必填项。"], asOf: [`截至日期不能早于报告年度（${YEAR} 年 1 月 1 日）。`], actualValue: ["实际完成值不能小于 0：该目标是数量，不是增长率或比率。"] },
    });
    // Without the hints (another caller), the use case still names both of its own at once.
    const bare = await executeAction(submitUpdate, official, { ...input, asOf: `${YEAR - 1}-03-01`, actualValue: "-3" });
    expect(bare).toMatchObject({
      ok: false,
      message: "提交的内容有误，请按提示修改。",
      fieldErrors: { asOf: [`截至日期不能早于报告年度（${YEAR} 年 1 月 1 日）。`], actualValue: ["实际完成值不能小于 0：该目标是数量，不是增长率或比率。"] },
    });
    // Hints are not trusted: a form claiming a negative is allowed is still refused by the use case.
    const lying = await executeAction(submitUpdate, official, { ...input, actualValue: "-3", lowest: "none", reportYear: String(YEAR - 5) });
    expect(lying).toMatchObject({ ok: false, fieldErrors: { actualValue: ["实际完成值不能小于 0：该目标是数量，不是增长率或比率。"] } });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
  });
});

describe("evidence", () => {
  it("is typed by its content: PNG bytes named .pdf are stored as a PNG, with a sha256", async () => {
    const { official, commitment, input } = await scenario();
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("[Content_Types].xml")]);
    const evidence = [file("C:\\fakepath\\照片.pdf", PNG), file("说明.txt", "进展说明\n"), file("台账.docx", docx)];
    expect(await executeAction(submitUpdate, official, { ...input, evidence })).toMatchObject({ ok: true });
    const files = await db.evidenceFile.findMany({ where: { update: { commitmentId: commitment.id } }, orderBy: { id: "asc" } });
    expect(files.map((f) => [f.fileName, f.mimeType])).toEqual([
      ["照片.png", "image/png"],
      ["说明.txt", "text/plain; charset=utf-8"],
      ["台账.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ]);
    expect(files[0].sha256).toBe(createHash("sha256").update(PNG).digest("hex"));
    expect(Buffer.from(files[0].data).equals(PNG)).toBe(true);

    const download = await getEvidenceDownload(official, files[0].id);
    expect(download?.mimeType).toBe("image/png");
    const other = await actorFor({ role: "OFFICIAL", departmentId: (await department()).id });
    expect(await getEvidenceDownload(other, files[0].id)).toBeNull();
    expect(await getEvidenceDownload(await actorFor({ role: "VIEWER" }), files[0].id)).not.toBeNull();
  });

  it("refuses an .exe renamed .pdf, a zip that is no Office document, a web page, text named .pdf and more than five files, writing nothing", async () => {
    const { official, commitment, input } = await scenario();
    const exe = await executeAction(submitUpdate, official, { ...input, evidence: [file("report.pdf", EXE)] });
    expect(exe).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { evidence: [expect.stringContaining("report.pdf")] } });
    const zip = await executeAction(submitUpdate, official, { ...input, evidence: [file("archive.pdf", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1]))] });
    expect(zip).toMatchObject({ ok: false, kind: "invalid" });
    // A saved web page is text, but would show only as its markup: refused by name, with the way on.
    const page = await executeAction(submitUpdate, official, { ...input, evidence: [file("政府网站公示.html", "<html><body>公示</body></html>")] });
    expect(page).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { evidence: [expect.stringMatching(/^文件“政府网站公示.html”是网页、SVG 图片或脚本.*另存为 PDF/)] } });
    // Text under a PDF's name is a download gone wrong more often than a misnamed note: refused, not kept as .txt unasked.
    const textPdf = await executeAction(submitUpdate, official, { ...input, evidence: [file("验收报告.pdf", "验收报告：已完成 5.5 万亩。\n")] });
    expect(textPdf).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { evidence: [expect.stringMatching(/^文件“验收报告.pdf”名为 PDF 文件，内容却是纯文本/)] } });
    const six = Array.from({ length: 6 }, (_, i) => file(`${i}.png`, PNG));
    expect(await executeAction(submitUpdate, official, { ...input, evidence: six })).toMatchObject({ ok: false, fieldErrors: { evidence: ["每次最多附 5 个佐证文件（保留的原有文件也计算在内）。"] } });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
  });
});

describe("every mistake of an update in one answer, its files' too", () => {
  const written = async (commitmentId: number) => ({
    updates: await db.progressUpdate.count({ where: { commitmentId } }),
    files: await db.evidenceFile.count({ where: { update: { commitmentId } } }),
  });

  it("names a figure typed with its unit, an empty narrative and each refused file together, writing nothing", async () => {
    // 新增高标准农田11万亩: "5.5万亩" typed with its unit, text named as a photo, a program named as a PDF.
    const { official, commitment, input } = await scenario();
    const hints = { expects: "NUMERIC", reportYear: String(YEAR), lowest: "0", unit: "万亩" };
    const evidence = [file("照片.jpg", "现场照片见附件\n"), file("验收.png", PNG), file("report.pdf", EXE)];
    const refused = await executeAction(submitUpdate, official, { ...input, ...hints, actualValue: "5.5万亩", narrative: "", evidence });
    expect(refused).toMatchObject({
      ok: false,
      kind: "invalid",
      message: "提交的内容有误，请按提示修改。",
      fieldErrors: {
        actualValue: ["请只填写数字，不带单位（单位：万亩）。"],
        narrative: ["此项为必填项。"],
        evidence: [expect.stringMatching(/^文件“照片.jpg”名为 JPG 文件，内容却是纯文本/), expect.stringMatching(/^文件“report.pdf”的类型不受支持/)],
      },
    });
    // A scale typed against another unit is asked in the commitment's, never dropped: 386亿 of a target in 万亩.
    const scaled = await executeAction(submitUpdate, official, { ...input, ...hints, actualValue: "386亿", evidence: [file("照片.jpg", "x")] });
    expect(scaled).toMatchObject({ ok: false, fieldErrors: { actualValue: ["请只填写以万亩计的数字，不带“亿”（所填如不是以万亩计，请先换算）。"], evidence: [expect.stringContaining("照片.jpg")] } });
    expect(await written(commitment.id)).toEqual({ updates: 0, files: 0 });
  });

  it("names a file refused by its bytes even when every field is right, and in the reader's language", async () => {
    // 城镇化率66.2%: "66.2%" of a target in %, and a program.
    const { official, commitment, input } = await scenario({ comparator: "AT_LEAST", targetValue: 67, unit: "%" });
    const english = await executeAction(submitUpdate, official, { ...input, unit: "%", actualValue: "66.2%", evidence: [file("setup.exe", EXE)] }, "en");
    expect(english).toMatchObject({
      ok: false,
      message: "Some fields need attention.",
      fieldErrors: { actualValue: ["Enter the number only, without the unit (%)."], evidence: [expect.stringMatching(/^The type of "setup.exe" is not accepted/)] },
    });
    // The fields right, one file wrong: the answer is that file, beside its field; the good one is not kept without it.
    const one = await executeAction(submitUpdate, official, { ...input, actualValue: "66.2", evidence: [file("验收.png", PNG), file("进展.pdf", "进展：已完成\n")] });
    expect(one).toMatchObject({ ok: false, kind: "invalid", message: expect.stringMatching(/^文件“进展.pdf”名为 PDF 文件/), fieldErrors: { evidence: [expect.stringMatching(/^文件“进展.pdf”/)] } });
    expect(await written(commitment.id)).toEqual({ updates: 0, files: 0 });
  });

  it("names the files the form would not read (empty, over 10 MB) with the schema's mistakes and the others' types, as the form's action hands them on", async () => {
    const { official, commitment, input } = await scenario();
    const form = new FormData();
    form.append("evidence", new File([PNG], "验收.png"));
    form.append("evidence", new File([], "空白.pdf"));
    form.append("evidence", new File([new Uint8Array(MAX_EVIDENCE_BYTES + 1)], "扫描件.pdf"));
    form.append("evidence", new File(["现场照片\n"], "照片.jpg"));
    const send = async (values: Record<string, unknown>) => {
      const problems = await readEvidenceFiles(form, values);
      return executeAction(submitUpdate, official, values, "zh", problems);
    };
    const refused = await send({ ...input, actualValue: "5.5亩", unit: "万亩" });
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: {
        actualValue: ["请只填写以万亩计的数字，不带“亩”（所填如不是以万亩计，请先换算）。"],
        evidence: ["文件“空白.pdf”是空文件。", "文件“扫描件.pdf”超过 10 MB：每个文件不能超过 10 MB。", expect.stringMatching(/^文件“照片.jpg”名为 JPG 文件/)],
      },
    });
    // Every field right: the files the form did not read still refuse it, and the one read is not stored alone.
    const fine = new FormData();
    fine.append("evidence", new File([PNG], "验收.png"));
    fine.append("evidence", new File([], "空白.pdf"));
    const values: Record<string, unknown> = { ...input };
    const alone = await executeAction(submitUpdate, official, values, "zh", await readEvidenceFiles(fine, values));
    expect(alone).toMatchObject({ ok: false, kind: "invalid", message: "文件“空白.pdf”是空文件。", fieldErrors: { evidence: ["文件“空白.pdf”是空文件。"] } });
    expect(await written(commitment.id)).toEqual({ updates: 0, files: 0 });
  });
});

describe("resubmitting a returned update", () => {
  it("creates a new SUBMITTED update pointing at the returned one, once, keeping chosen files", async () => {
    const { official, commitment, input } = await scenario();
    await executeAction(submitUpdate, official, { ...input, evidence: [file("a.png", PNG), file("b.txt", "b")] });
    const first = await db.progressUpdate.findFirstOrThrow({ where: { commitmentId: commitment.id }, include: { evidence: true } });
    const reviewer = await actorFor({ role: "REVIEWER" });

    // Not returned yet: nothing to answer.
    expect(await executeAction(submitUpdate, official, { ...input, resubmitsId: first.id })).toMatchObject({ ok: false, kind: "invalid" });
    expect(await executeAction(returnUpdate, reviewer, { updateId: first.id, note: "请补充验收材料" })).toMatchObject({ ok: true });

    const draft = await getResubmitDraft(official, commitment.id, first.id);
    expect(draft).toMatchObject({ updateId: first.id, values: { asOf: `${YEAR}-06-30`, actualValue: "5.5", narrative: input.narrative }, reviewNote: "请补充验收材料" });

    // Two kept and four new are six: named with the form's own mistakes, not after them.
    const sixWithKept = Array.from({ length: 4 }, (_, i) => file(`${i}.png`, PNG));
    const crowded = await executeAction(submitUpdate, official, { ...input, narrative: "", resubmitsId: first.id, keepEvidenceIds: first.evidence.map((e) => String(e.id)), evidence: sixWithKept });
    expect(crowded).toMatchObject({ ok: false, fieldErrors: { narrative: ["此项为必填项。"], evidence: ["每次最多附 5 个佐证文件（保留的原有文件也计算在内）。"] } });

    const keep = [first.evidence[0].id];
    const again = await executeAction(submitUpdate, official, { ...input, actualValue: "6", resubmitsId: first.id, keepEvidenceIds: keep.map(String), evidence: [file("c.png", PNG)] });
    expect(again).toMatchObject({ ok: true });
    const second = await db.progressUpdate.findUniqueOrThrow({ where: { resubmitsId: first.id }, include: { evidence: { orderBy: { id: "asc" } } } });
    expect(second.state).toBe("SUBMITTED");
    expect(second.evidence.map((e) => e.fileName)).toEqual(["a.png", "c.png"]);
    expect(await db.auditEvent.count({ where: { action: "update.resubmit", entityId: String(second.id) } })).toBe(1);

    expect(await executeAction(submitUpdate, official, { ...input, resubmitsId: first.id })).toMatchObject({ ok: false, kind: "conflict", message: "该退回的进展已经重新报送过。" });
    expect(await getResubmitDraft(official, commitment.id, first.id)).toBeNull();

    const timeline = await listCommitmentUpdates(official, commitment.id);
    expect(timeline.map((u) => u.state).sort()).toEqual(["RETURNED", "SUBMITTED"]);
    expect(timeline.find((u) => u.id === first.id)).toMatchObject({ reviewNote: "请补充验收材料", resubmittedById: second.id, reviewerName: reviewer.displayName });
  });
});
