import fs from "node:fs";
import path from "node:path";
import { quotedWithin } from "@/lib/i18n/quoted-within";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { acceptImport } from "@/lib/imports/accept-import";
import { discardImport } from "@/lib/imports/discard-import";
import { getImportDraft } from "@/lib/imports/get-import-draft";
import { getLeadKeywords } from "@/lib/imports/get-lead-keywords";
import { startImport } from "@/lib/imports/start-import";
import { miniReport } from "@/lib/extract/__fixtures__/mini-report";
import { addedRow, selectedSpan } from "@/components/imports/added-row";
import { acceptedRows, toReviewRow } from "@/components/imports/review-rows";
import { actorFor, db, department, ownIssuer } from "./support";

const read = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, "../../data/reports", name), "utf8");

describe("importing a report", () => {
  it("keeps candidates in a draft, then stores exactly the accepted and edited ones with their owners, once", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const lead = await department();
    const support = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: lead.id });

    const started = await executeAction(startImport, admin, { text: read("beijing-2025.txt"), issuer: "北京市人民政府", year: "" });
    expect(started).toMatchObject({ ok: true });
    if (!started.ok) return;
    const draft = (await getImportDraft(started.data.draftId))!;
    expect(draft.year).toBe(2025);
    expect(draft.candidates.length).toBeGreaterThan(50);
    expect(await db.report.count({ where: { sourceHash: draft.sourceHash } })).toBe(0);

    // Reject the first candidate, edit the second, give the third owners; accept the rest.
    const [, second, third, ...rest] = draft.candidates;
    const edited = { ...second, kind: "numeric" as const, indicator: "改过的指标", value: 123, min: null, max: null, comparator: ">=" as const, unit: "项", deadline: "2025-06-30" };
    const owned = { ...third, leadDepartmentId: lead.id, supportingDepartmentIds: [support.id], responsibleUserId: official.id };
    const accepted = [edited, owned, ...rest];
    const result = await executeAction(acceptImport, admin, { draftId: String(draft.id), candidates: JSON.stringify(accepted) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const stored = await db.commitment.findMany({
      where: { reportId: result.data.reportId },
      orderBy: { position: "asc" },
      include: { supporting: true, report: { select: { sourceText: true, issuer: true } } },
    });
    expect(stored).toHaveLength(accepted.length);
    expect(stored[0].report.issuer).toBe("北京市人民政府");
    const byIndicator = new Map(stored.map((c) => [c.indicator, c]));
    const e = byIndicator.get("改过的指标")!;
    expect(e.targetValue?.toString()).toBe("123");
    expect(e.comparator).toBe("AT_LEAST");
    expect(e.deadline.toISOString().slice(0, 10)).toBe("2025-06-30");
    const o = stored.find((c) => c.quoteStart === owned.start && c.indicator === owned.indicator)!;
    expect(o.leadDepartmentId).toBe(lead.id);
    expect(o.responsibleUserId).toBe(official.id);
    expect(o.supporting.map((s) => s.departmentId)).toEqual([support.id]);
    for (const c of stored) expect(c.report.sourceText.slice(c.quoteStart, c.quoteEnd)).toBe(c.quote);
    expect(await db.importDraft.count({ where: { id: draft.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "report.import", entityId: String(result.data.reportId) } })).toBe(1);
    // The candidate left out (the first, rejected) is named in the audit trail, not only counted.
    const imported = await db.auditEvent.findFirstOrThrow({ where: { action: "report.import", entityId: String(result.data.reportId) } });
    expect(imported.after).toMatchObject({ commitments: accepted.length, notAccepted: [draft.candidates[0].indicator] });
    // The same draft accepted again (a second tab, another admin): told what it became, not "not found".
    expect(await executeAction(acceptImport, admin, { draftId: String(draft.id), candidates: JSON.stringify(accepted) })).toMatchObject({
      ok: false,
      kind: "conflict",
      message: "该草稿已导入为“2025年北京市政府工作报告”（可能是在另一个标签页或由其他管理员完成），请刷新页面。",
    });
    expect(await executeAction(discardImport, admin, { draftId: draft.id })).toMatchObject({ ok: false, kind: "conflict" });
    // Each commitment's history starts with what it was accepted as, the admin's edits and owners included.
    const created = await db.auditEvent.findMany({ where: { action: "commitment.create", entityId: { in: stored.map((c) => String(c.id)) } } });
    expect(created).toHaveLength(stored.length);
    expect(created.find((event) => event.entityId === String(e.id))?.after).toMatchObject({ indicator: "改过的指标", targetValue: 123, comparator: "AT_LEAST", unit: "项", deadline: "2025-06-30", kind: "NUMERIC" });
    expect(created.find((event) => event.entityId === String(o.id))?.after).toMatchObject({ leadDepartmentId: lead.id, supportingDepartmentIds: [support.id], responsibleUserId: official.id });

    // The same report again: refused, nothing duplicated.
    const again = await executeAction(startImport, admin, { text: read("beijing-2025.txt"), issuer: "北京市人民政府" });
    expect(again).toMatchObject({ ok: false, kind: "invalid" });
    if (!again.ok) expect(again.fieldErrors?.text?.[0]).toContain("已经导入过");
    // Read from an uploaded file, the text's problem is said beside the file field.
    const uploaded = await executeAction(startImport, admin, { text: read("beijing-2025.txt"), textFrom: "file", issuer: "北京市人民政府" });
    expect(uploaded).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("已经导入过")] } });
    expect(await db.report.count({ where: { sourceHash: draft.sourceHash } })).toBe(1);
  });

  it("stores a target switched to a range as its low and high, without the single value the row had, and one switched back without them", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const text = miniReport(`新建城市书房20个，改造老旧小区30个。本项工作代号${crypto.randomUUID()}。`);
    const started = await executeAction(startImport, admin, { text, issuer: ownIssuer() });
    if (!started.ok) throw new Error(started.message);
    const draft = (await getImportDraft(started.data.draftId))!;
    const rooms = draft.candidates.find((c) => c.indicator.includes("城市书房"))!;
    const estates = draft.candidates.find((c) => c.indicator.includes("老旧小区"))!;
    // As a browser that kept the hidden field sends them: the value next to the range, the range next to the value.
    const switched = draft.candidates.map((c) =>
      c === rooms ? { ...c, comparator: "range", value: 20, min: 18, max: 22 } : c === estates ? { ...c, comparator: ">=", value: 30, min: 25, max: 35 } : c,
    );
    const result = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(switched) });
    if (!result.ok) throw new Error(result.message);
    const stored = await db.commitment.findMany({ where: { reportId: result.data.reportId }, select: { id: true, indicator: true, comparator: true, targetValue: true, targetMin: true, targetMax: true, originalTargetValue: true, originalTargetMin: true, originalTargetMax: true } });
    const figures = (c: (typeof stored)[number]) => [c.comparator, ...[c.targetValue, c.targetMin, c.targetMax, c.originalTargetValue, c.originalTargetMin, c.originalTargetMax].map((d) => d?.toString() ?? null)];
    const room = stored.find((c) => c.indicator === rooms.indicator)!;
    const estate = stored.find((c) => c.indicator === estates.indicator)!;
    expect(figures(room)).toEqual(["RANGE", null, "18", "22", null, "18", "22"]);
    expect(figures(estate)).toEqual(["AT_LEAST", "30", null, null, "30", null, null]);
    // Its history starts from the same target.
    const created = await db.auditEvent.findFirstOrThrow({ where: { action: "commitment.create", entityId: String(room.id) } });
    expect(created.after).toMatchObject({ comparator: "RANGE", targetValue: null, targetMin: 18, targetMax: 22 });
  });

  it("stores a commitment the admin added from selected text, with the selection as its quote and the lead its words suggest, and refuses one across a heading or past the text", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    // A department the import recognises by a word of its own (甲乙丙… for its id's digits: no figure in it).
    const office = await department();
    const word = `一网通办${[...String(office.id)].map((d) => "甲乙丙丁戊己庚辛壬癸"[Number(d)]).join("")}`;
    const missed = `推进“${word}”改革${crypto.randomUUID().slice(0, 8)}`;
    const text = miniReport(`新建城市书房20个。${missed}，力争群众满意。`);
    const started = await executeAction(startImport, admin, { text, issuer: ownIssuer() });
    if (!started.ok) throw new Error(started.message);
    const draft = (await getImportDraft(started.data.draftId))!;
    expect(draft.candidates.some((c) => c.indicator.includes("一网通办"))).toBe(false);
    // Given after the draft was started: the review suggests by the table as it is now.
    await db.departmentKeyword.create({ data: { keyword: word, departmentId: office.id } });
    // As the review adds it: the selection's offsets in the draft's text, its section, a milestone,
    // its lead suggested by the table and the departments the review page reads.
    const leads = { keywords: await getLeadKeywords(), departments: await db.department.findMany({ where: { active: true }, select: { id: true, name: true } }) };
    const at = draft.text.indexOf(missed);
    const span = selectedSpan(draft.text, draft.sections, at, at + missed.length);
    if ("problem" in span) throw new Error(span.problem);
    const rows = [...draft.candidates.map(toReviewRow), addedRow(draft.text, span, "n1", draft.year, leads)];
    const { candidates } = acceptedRows(rows);
    expect(candidates.at(-1)).toMatchObject({ key: "n1", kind: "milestone", section: "三(一)", start: at, end: at + missed.length, indicator: missed, leadDepartmentId: office.id });

    // Stretched over the heading before it (a tampered request: the review refuses it first), or past the text's end: refused on its row.
    const heading = draft.text.indexOf("三、");
    const across = candidates.map((c) => (c.key === "n1" ? { ...c, start: heading - 5 } : c));
    expect(await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(across) })).toMatchObject({
      ok: false,
      // Named within the message's quotes, its own quotes made single.
      fieldErrors: { [`candidates.${candidates.length - 1}.indicator`]: [expect.stringContaining(`“${quotedWithin(missed)}”`)] },
    });
    const past = candidates.map((c) => (c.key === "n1" ? { ...c, end: draft.text.length + 1 } : c));
    expect(await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(past) })).toMatchObject({
      ok: false,
      fieldErrors: { [`candidates.${candidates.length - 1}.indicator`]: ["原文位置无效。"] },
    });

    const result = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(candidates) });
    if (!result.ok) throw new Error(result.message);
    const stored = await db.commitment.findFirstOrThrow({ where: { reportId: result.data.reportId, indicator: missed }, include: { section: { select: { code: true } } } });
    expect([stored.quote, stored.quoteStart, stored.quoteEnd, stored.kind, stored.section.code, stored.leadDepartmentId]).toEqual([missed, at, at + missed.length, "MILESTONE", "三(一)", office.id]);
  });

  it("refuses a text with more candidates than an import may accept when it starts, saying why, and keeps no draft", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    // A plan of 6,000 different targets (a target stated twice counts once, so no copies).
    const text = miniReport(Array.from({ length: 6_000 }, (_, i) => `新建学校${i + 1}所。`).join(""));
    const result = await executeAction(startImport, admin, { text, issuer: ownIssuer() });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok) expect(result.fieldErrors?.text?.[0]).toMatch(/^从这段文本中找到 \d+ 项候选目标，超过一次导入最多 5000 项的上限/);
    expect(await db.importDraft.count({ where: { createdById: admin.id } })).toBe(0);
  });

  it("refuses a year given by hand that ends before the report was delivered, beside the year field", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    // Beijing's 2025 report, delivered on 2025-01-14, given 2024 (full-width, as a Chinese input method types it).
    const result = await executeAction(startImport, admin, { text: read("beijing-2025.txt"), issuer: "北京市人民政府", year: "２０２４" });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok) expect(result.fieldErrors?.year?.[0]).toMatch(/^所填年度 2024 早于报告的作出日期（2025-01-\d\d）/);
    expect(await db.importDraft.count({ where: { createdById: admin.id } })).toBe(0);
  });

  it("refuses a year given by hand before the year the text's own targets are for, when the text has no delivery date", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    // "二、2024年主要目标任务", no delivery line: 2020 would put every deadline four years early.
    const text = miniReport("新建学校3所。").replace(/——.*\n/, "");
    const result = await executeAction(startImport, admin, { text, issuer: ownIssuer(), year: "2020" });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok) expect(result.fieldErrors?.year?.[0]).toMatch(/^所填年度 2020 早于报告正文所定目标任务的年度（2024 年）/);
    expect(await db.importDraft.count({ where: { createdById: admin.id } })).toBe(0);
  });

  it("refuses an invalid edit with a field error for that candidate and writes nothing", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const started = await executeAction(startImport, admin, { text: read("cn-state-council-2023.txt"), issuer: "国务院" });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const draft = (await getImportDraft(started.data.draftId))!;
    const numeric = draft.candidates.findIndex((c) => c.kind === "numeric");
    const broken = draft.candidates.map((c, i) => (i === numeric ? { ...c, comparator: "range" as const, min: 9, max: 3 } : c));
    const result = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(broken) });
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
    if (!result.ok) expect(result.fieldErrors?.[`candidates.${numeric}.max`]).toEqual([`第 ${numeric + 1} 项“${draft.candidates[numeric].indicator.trim()}”：上限 3 小于下限 9，请改正。`]);
    const tampered = draft.candidates.map((c, i) => (i === 0 ? { ...c, end: draft.text.length + 50 } : c));
    const tamperedResult = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(tampered) });
    expect(tamperedResult).toMatchObject({ ok: false, kind: "invalid" });
    // 赤字率 3% (二) merged with the next candidate in 二(一): the quote spans the heading, refused at its row.
    const acrossAt = draft.candidates.findIndex((c, i) => draft.candidates[i + 1] && draft.candidates[i + 1].section !== c.section);
    const across = draft.candidates.map((c, i) => (i === acrossAt ? { ...c, end: draft.candidates[i + 1].end } : c)).filter((_, i) => i !== acrossAt + 1);
    const acrossResult = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(across) });
    expect(acrossResult).toMatchObject({ ok: false, kind: "invalid" });
    if (!acrossResult.ok) expect(acrossResult.fieldErrors?.[`candidates.${acrossAt}.indicator`]?.[0]).toMatch(/的原文跨越了章节标题/);
    // A responsible official outside the lead department, or with no lead at all: refused on that row.
    const [lead, other] = [await department(), await department()];
    const outsider = await actorFor({ role: "OFFICIAL", departmentId: other.id });
    for (const owners of [{ leadDepartmentId: lead.id }, { leadDepartmentId: null }]) {
      const misowned = draft.candidates.map((c, i) => (i === 1 ? { ...c, ...owners, responsibleUserId: outsider.id } : c));
      const refused = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(misowned) });
      expect(refused).toMatchObject({ ok: false, kind: "invalid" });
      if (!refused.ok) expect(refused.fieldErrors?.["candidates.1.responsibleUserId"]?.[0]).toMatch(/^第 2 项“.+”：责任人必须属于牵头单位/);
    }
    expect(await executeAction(acceptImport, admin, { draftId: draft.id, candidates: "not json" })).toMatchObject({ ok: false, kind: "invalid" });
    // A department deactivated while the draft was reviewed leads nothing new.
    const closed = await department();
    await db.department.update({ where: { id: closed.id }, data: { active: false } });
    const toClosed = draft.candidates.map((c, i) => (i === 1 ? { ...c, leadDepartmentId: closed.id } : c));
    const toClosedRefused = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(toClosed) });
    expect(toClosedRefused).toMatchObject({ ok: false, kind: "invalid" });
    // Said on the row that names it, beside the field to choose again in.
    if (!toClosedRefused.ok) expect(toClosedRefused.fieldErrors?.["candidates.1.leadDepartmentId"]?.[0]).toMatch(/^第 2 项“.+”：所选的牵头或配合单位已停用或不存在/);
    const supportClosed = draft.candidates.map((c, i) => (i === 2 ? { ...c, supportingDepartmentIds: [closed.id] } : c));
    const supportRefused = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(supportClosed) });
    expect(supportRefused.ok).toBe(false);
    if (!supportRefused.ok) expect(Object.keys(supportRefused.fieldErrors ?? {})).toEqual(["candidates.2.supportingDepartmentIds"]);
    // An official disabled while the draft was reviewed, likewise.
    const gone = await actorFor({ role: "OFFICIAL", departmentId: lead.id, disabled: true });
    const toGone = draft.candidates.map((c, i) => (i === 3 ? { ...c, leadDepartmentId: lead.id, responsibleUserId: gone.id } : c));
    const goneRefused = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(toGone) });
    if (!goneRefused.ok) expect(goneRefused.fieldErrors?.["candidates.3.responsibleUserId"]?.[0]).toMatch(/^第 4 项“.+”：所选责任人已停用或不再是经办人/);
    // Sent by the review with rows before it rejected, it is named by its number in the review's list.
    const goneListed = toGone.map((c, i) => ({ ...c, row: i + 1 })).slice(2);
    const goneListedRefused = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(goneListed) });
    if (!goneListedRefused.ok) expect(goneListedRefused.fieldErrors?.["candidates.1.responsibleUserId"]?.[0]).toMatch(/^第 4 项“.+”：所选责任人已停用或不再是经办人/);
    expect(goneListedRefused.ok).toBe(false);
    expect(goneRefused.ok).toBe(false);
    expect(await db.report.count({ where: { sourceHash: draft.sourceHash } })).toBe(0);
    // The same text started again while this draft waits: pointed at the draft, no second one.
    const twice = await executeAction(startImport, admin, { text: read("cn-state-council-2023.txt"), issuer: "国务院" });
    expect(twice).toMatchObject({ ok: false, kind: "invalid" });
    if (!twice.ok) expect(twice.fieldErrors?.text?.[0]).toMatch(/^这份报告已有一份待审核的导入（国务院 2023 政府工作报告）/);
    expect(await db.importDraft.count({ where: { sourceHash: draft.sourceHash } })).toBe(1);

    expect(await executeAction(discardImport, admin, { draftId: draft.id })).toMatchObject({ ok: true });
    expect(await db.importDraft.count({ where: { id: draft.id } })).toBe(0);
    expect(await executeAction(discardImport, admin, { draftId: draft.id })).toMatchObject({ ok: false, kind: "conflict", message: "该草稿已被放弃（可能是在另一个标签页或由其他管理员完成），请刷新页面。" });
    expect(await executeAction(acceptImport, admin, { draftId: draft.id, candidates: "[]" })).toMatchObject({ ok: false, kind: "conflict" });
    expect(await executeAction(discardImport, admin, { draftId: 2_000_000_000 })).toMatchObject({ ok: false, kind: "not_found" });
    // Discarded, it may be started afresh.
    const afresh = await executeAction(startImport, admin, { text: read("cn-state-council-2023.txt"), issuer: "国务院" });
    expect(afresh).toMatchObject({ ok: true });
    if (afresh.ok) await executeAction(discardImport, admin, { draftId: afresh.data.draftId });
  });

  it("explains bad input in Chinese: not a report, empty", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const notReport = await executeAction(startImport, admin, { text: "今天天气很好。我们去公园玩，看到了100只鸽子。", issuer: "某机关" });
    expect(notReport).toMatchObject({ ok: false, kind: "invalid" });
    if (!notReport.ok) expect(notReport.fieldErrors?.text?.[0]).toContain("未能识别为政府工作报告");
    const empty = await executeAction(startImport, admin, { text: "", issuer: "某机关" });
    if (!empty.ok) expect(empty.fieldErrors?.text?.[0]).toBe("报告内容为空，请上传文件或粘贴全文。");
  });

  it("is for admins only", async () => {
    const reviewer = await actorFor({ role: "REVIEWER" });
    expect(await executeAction(startImport, reviewer, { text: read("beijing-2025.txt"), issuer: "北京" })).toMatchObject({ ok: false, kind: "forbidden" });
  });
});
