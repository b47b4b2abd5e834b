import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { acceptImport } from "@/lib/imports/accept-import";
import { findSimilarReports } from "@/lib/imports/find-similar-reports";
import { findSimilarDrafts } from "@/lib/imports/find-similar-drafts";
import { getImportDraft } from "@/lib/imports/get-import-draft";
import { startImport } from "@/lib/imports/start-import";
import { miniReport } from "@/lib/extract/__fixtures__/mini-report";
import { reportHash } from "@/lib/reports/save-report";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, db, inOtherTransaction, someoneWaitsOnLock, waitFor } from "./support";

/** Digits would be read as figures; a tag of its own in Chinese characters keeps a text unique. */
const hanTag = () => [...randomUUID().replace(/-/g, "").slice(0, 12)].map((h) => "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"[parseInt(h, 16)]).join("");

function report(data: { title: string; issuer: string; year: number }) {
  return db.report.create({ data: { ...data, sourceText: `${data.title}。`, sourceHash: `similar-${randomUUID()}` }, select: { id: true } });
}

/** The draft an import of `text` starts; a refused start fails the test there. */
async function startedDraft(admin: Actor, text: string, issuer: string) {
  const started = await executeAction(startImport, admin, { text, issuer });
  if (!started.ok) throw new Error(started.message);
  return (await getImportDraft(started.data.draftId))!;
}

/** A mini report of an issuer of its own, started and accepted by an admin: what a later import may copy. */
async function importedMiniReport() {
  const admin = await actorFor({ role: "ADMIN" });
  const tag = hanTag();
  const issuer = `${tag}市人民政府`;
  const text = miniReport(`新建城市书房20个。本项工作代号${tag}。`);
  const draft = await startedDraft(admin, text, issuer);
  const accepted = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(draft.candidates) });
  if (!accepted.ok) throw new Error(accepted.message);
  return { admin, tag, issuer, text, imported: accepted };
}

describe("the reports an import may be a copy of", () => {
  it("are those of its year by its issuer or under its title, newest first; not another year's, nor another issuer's of another title", async () => {
    const tag = hanTag();
    const issuer = `${tag}市人民政府`;
    const title = `${tag}市政府工作报告`;
    const byIssuer = await report({ title: "政府工作报告", issuer, year: 2024 });
    const byTitle = await report({ title, issuer: `${tag}市政府`, year: 2024 });
    await report({ title, issuer, year: 2023 });
    await report({ title: `${tag}县政府工作报告`, issuer: `${tag}县人民政府`, year: 2024 });
    const found = await findSimilarReports({ year: 2024, issuer: ` ${issuer} `, title });
    expect(found.map((r) => r.id)).toEqual([byTitle.id, byIssuer.id]);
    expect(found[0]).toMatchObject({ title, year: 2024, _count: { commitments: 0 } });
    expect(found[0].importedAt).toBeInstanceOf(Date);
    expect(await findSimilarReports({ year: 2025, issuer, title })).toEqual([]);
  });

  it("are not every report of the year called 政府工作报告 (a city's and the State Council's)", async () => {
    const tag = hanTag();
    const city = await report({ title: "政府工作报告", issuer: `${tag}市人民政府`, year: 2023 });
    await report({ title: "政府工作报告", issuer: `${tag}国务院`, year: 2023 });
    expect((await findSimilarReports({ year: 2023, issuer: `${tag}市人民政府`, title: "政府工作报告" })).map((r) => r.id)).toEqual([city.id]);
  });

  it("include the report a text one character apart was imported as, which the hash lets through", async () => {
    const { admin, issuer, text, imported } = await importedMiniReport();

    // Not a refusal: a corrected text may be imported again, and the admin deletes the old report.
    const again = await executeAction(startImport, admin, { text: text.replace("新建城市书房20个", "新建城市书房 20 个"), issuer });
    expect(again).toMatchObject({ ok: true });
    if (!again.ok) return;
    const draft = (await getImportDraft(again.data.draftId))!;
    expect(await findSimilarReports(draft)).toEqual([
      expect.objectContaining({ id: imported.data.reportId, title: "政府工作报告", issuer, year: 2024, _count: { commitments: imported.data.commitments } }),
    ]);
  });
});

describe("the imports waiting for review an import may be a copy of", () => {
  it("are the other drafts of its year by its issuer or under its title, newest first; not itself, another year's, nor another issuer's called 政府工作报告", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const tag = hanTag();
    const draft = (data: { title: string; issuer: string; year: number }) =>
      db.importDraft.create({
        data: { ...data, text: `${data.title}。`, sourceHash: `similar-draft-${randomUUID()}`, sections: [], candidates: [], createdById: admin.id },
        select: { id: true, title: true, issuer: true, year: true },
      });
    const issuer = `${tag}市人民政府`;
    const byIssuer = await draft({ title: "政府工作报告", issuer, year: 2024 });
    const byTitle = await draft({ title: `${tag}市政府工作报告`, issuer: `${tag}市政府`, year: 2024 });
    await draft({ title: "政府工作报告", issuer, year: 2023 });
    await draft({ title: "政府工作报告", issuer: `${tag}县人民政府`, year: 2024 });
    const current = await draft({ title: `${tag}市政府工作报告`, issuer, year: 2024 });
    const found = await findSimilarDrafts(current);
    expect(found.map((d) => d.id)).toEqual([byTitle.id, byIssuer.id]);
    expect(found[0]).toMatchObject({ title: `${tag}市政府工作报告`, issuer: `${tag}市政府`, year: 2024 });
    expect(found[0].createdAt).toBeInstanceOf(Date);
  });

  it("include the draft a text one character apart is waiting as (the same text is refused when it starts); accepted, it is named among the reports instead", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const tag = hanTag();
    const issuer = `${tag}市人民政府`;
    const text = miniReport(`新建城市书房20个。本项工作代号${tag}。`);
    const firstDraft = await startedDraft(admin, text, issuer);
    const second = await startedDraft(admin, text.replace("新建城市书房20个", "新建城市书房 20 个"), issuer);
    expect((await findSimilarDrafts(second)).map((d) => d.id)).toEqual([firstDraft.id]);
    expect((await findSimilarDrafts(firstDraft)).map((d) => d.id)).toEqual([second.id]);
    // Not yet a report: it is named among the drafts only.
    expect(await findSimilarReports(second)).toEqual([]);
    const imported = await executeAction(acceptImport, admin, { draftId: firstDraft.id, candidates: JSON.stringify(firstDraft.candidates) });
    if (!imported.ok) throw new Error(imported.message);
    expect(await findSimilarDrafts(second)).toEqual([]);
    expect((await findSimilarReports(second)).map((r) => r.id)).toEqual([imported.data.reportId]);
  });
});

describe("accepting an import that may be a copy of an imported report", () => {
  it("is refused, naming the report, unless the report is among those confirmed; one imported since the confirmation is refused too", async () => {
    const { admin, tag, issuer, text, imported } = await importedMiniReport();

    // The same report with one more line: not the same text, so its import starts.
    const draft = await startedDraft(admin, text.replace("新建城市书房20个。", "新建城市书房20个。改造老旧小区30个。"), issuer);
    const candidates = JSON.stringify(draft.candidates);
    const name = `${tag}市 2024 政府工作报告`;
    expect(await executeAction(acceptImport, admin, { draftId: draft.id, candidates })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: `本次导入可能是已导入的“${name}”的副本，须先确认才能导入：请在审核页点击“确认导入”后，在提示中确认仍要导入（未出现提示的，请先刷新本页）。`,
    });
    expect(await executeAction(acceptImport, admin, { draftId: draft.id, candidates, copyOf: "999999" })).toMatchObject({ ok: false, kind: "invalid" });
    expect(await db.report.count({ where: { issuer, year: 2024 } })).toBe(1);

    // Another imported meanwhile (a third text): the confirmation named only the first.
    const thirdDraft = await startedDraft(admin, text.replace("新建城市书房20个。", "新建城市书房20个。建设口袋公园5个。"), issuer);
    const thirdImported = await executeAction(acceptImport, admin, { draftId: thirdDraft.id, candidates: JSON.stringify(thirdDraft.candidates), copyOf: String(imported.data.reportId) });
    if (!thirdImported.ok) throw new Error(thirdImported.message);
    expect(await executeAction(acceptImport, admin, { draftId: draft.id, candidates, copyOf: String(imported.data.reportId) })).toMatchObject({ ok: false, kind: "invalid", message: expect.stringContaining("可能是已导入的") });

    // Both confirmed (as the review's form sends them, one field each): imported.
    const confirmed = await executeAction(acceptImport, admin, { draftId: draft.id, candidates, copyOf: [String(imported.data.reportId), String(thirdImported.data.reportId)] });
    expect(confirmed).toMatchObject({ ok: true });
    expect(await db.report.count({ where: { issuer, year: 2024 } })).toBe(3);
  });

  it("refuses an exact copy imported since the draft started as the same report, without asking to confirm it first", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const tag = hanTag();
    const issuer = `${tag}市人民政府`;
    const draft = await startedDraft(admin, miniReport(`新建城市书房20个。本项工作代号${tag}。`), issuer);
    // The very text, stored meanwhile (as a script's import would): its year and issuer make it similar too.
    await db.report.create({ data: { title: draft.title, issuer, year: draft.year, sourceText: draft.text, sourceHash: reportHash(draft.text) } });
    expect(await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(draft.candidates) })).toMatchObject({
      ok: false,
      kind: "invalid",
      message: `该报告已经导入过（${tag}市 2024 政府工作报告），不会重复导入。`,
    });
  });

  it("of two similar drafts accepted at once, imports one and asks about the other, which finds it", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const tag = hanTag();
    const issuer = `${tag}市人民政府`;
    const text = miniReport(`新建城市书房20个。本项工作代号${tag}。`);
    const drafts: NonNullable<Awaited<ReturnType<typeof getImportDraft>>>[] = [];
    for (const line of ["改造老旧小区30个。", "建设口袋公园5个。"]) {
      drafts.push(await startedDraft(admin, text.replace("新建城市书房20个。", `新建城市书房20个。${line}`), issuer));
    }
    // The audit chain's lock held elsewhere stops both accepts just before they commit: each has
    // looked for a similar report by then, unless the second waits for the first to commit.
    await inOtherTransaction(async (holder) => {
      await holder.query("SELECT pg_advisory_xact_lock(7310112)");
      const answers = drafts.map((d) => executeAction(acceptImport, admin, { draftId: d.id, candidates: JSON.stringify(d.candidates) }));
      expect(await waitFor(() => someoneWaitsOnLock(["%pg_advisory_xact_lock(%hashtext(%"], holder.pid), 10_000)).toBe(true);
      await holder.query("COMMIT");
      const settled = await Promise.all(answers);
      expect(settled.filter((a) => a.ok)).toHaveLength(1);
      expect(settled.filter((a) => !a.ok)).toMatchObject([{ kind: "invalid", message: expect.stringContaining("可能是已导入的") }]);
    });
    expect(await db.report.count({ where: { issuer, year: 2024 } })).toBe(1);
  });
});
