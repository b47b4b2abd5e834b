import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { acceptImport } from "@/lib/imports/accept-import";
import { getImportDraft } from "@/lib/imports/get-import-draft";
import { startImport } from "@/lib/imports/start-import";
import { miniReport } from "@/lib/extract/__fixtures__/mini-report";
import { actorFor, db, ownIssuer } from "./support";

/** A small 2024 report (delivered 2024-01-10) of its own: a tag without digits, so nothing extra is found. */
function report2024() {
  const tag = [...randomUUID().replace(/-/g, "").slice(0, 12)].map((h) => "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"[parseInt(h, 16)]).join("");
  return miniReport(`实施10亿元以上重大项目388个，新建城市书房20个，年底前建成市民中心。本项工作代号${tag}。`);
}

describe("accepting an import checks each candidate's deadline, sign and unit", () => {
  it("refuses a deadline outside the report's years, a count below zero and a missing unit, all at once at their rows, and writes nothing", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const started = await executeAction(startImport, admin, { text: report2024(), issuer: ownIssuer() });
    expect(started).toMatchObject({ ok: true });
    if (!started.ok) return;
    const draft = (await getImportDraft(started.data.draftId))!;
    expect(draft.year).toBe(2024);
    const at = (indicator: string) => draft.candidates.findIndex((c) => c.indicator.includes(indicator));
    const [gdp, projects, libraries, centre] = [at("地区生产总值"), at("重大项目"), at("城市书房"), at("市民中心")];
    expect([gdp, projects, libraries, centre].every((i) => i >= 0)).toBe(true);

    const edits: Record<number, object> = {
      [gdp]: { deadline: "2019-01-01" },
      [centre]: { deadline: "2099-12-31" },
      [projects]: { value: -5, comparator: "=" },
      [libraries]: { unit: null },
    };
    const edited = draft.candidates.map((c, i) => ({ ...c, ...edits[i] }));
    const refused = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(edited) });
    expect(refused).toMatchObject({ ok: false, kind: "invalid" });
    if (refused.ok) return;
    const name = (i: number) => `第 ${i + 1} 项“${draft.candidates[i].indicator}”`;
    expect(refused.fieldErrors).toEqual({
      [`candidates.${gdp}.deadline`]: [`${name(gdp)}：完成时限 2019-01-01 早于报告年度 2024 年的 1 月 1 日，请改正。`],
      [`candidates.${centre}.deadline`]: [`${name(centre)}：完成时限 2099-12-31 距报告年度 2024 年超过 10 年（最晚 2034-12-31），应是输入有误，请改正。`],
      [`candidates.${projects}.value`]: [expect.stringMatching(new RegExp(`^${name(projects)}：目标值 -5 不能为负数`))],
      [`candidates.${libraries}.unit`]: [`${name(libraries)}：数值目标需要填写单位，如 个、亿元、%。`],
    });
    // The message is the first of them (地区生产总值, in part 二, comes first).
    expect(gdp).toBe(0);
    expect(refused.message).toBe(refused.fieldErrors?.[`candidates.${gdp}.deadline`]?.[0]);
    // Said in English to an English reader.
    const english = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(edited) }, "en");
    if (!english.ok) expect(english.fieldErrors?.[`candidates.${projects}.value`]?.[0]).toMatch(/^Item \d+ ".+": the target -5 cannot be negative/);

    // As the review sends them, with the first row rejected: each is named by its number in the
    // review's list (the "第 N 项" the admin sees on it), not by its place among those accepted.
    const listed = edited.map((c, i) => ({ ...c, row: i + 1 })).filter((_, i) => i !== gdp);
    const fromReview = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(listed) });
    if (fromReview.ok) throw new Error("accepted");
    const sentAt = (i: number) => listed.findIndex((c) => c.key === draft.candidates[i].key);
    expect(fromReview.fieldErrors?.[`candidates.${sentAt(libraries)}.unit`]).toEqual([`${name(libraries)}：数值目标需要填写单位，如 个、亿元、%。`]);
    expect(fromReview.message).toBe(fromReview.fieldErrors?.[`candidates.${sentAt(projects)}.value`]?.[0]);
    expect(fromReview.message).toMatch(new RegExp(`^${name(projects)}：`));

    // Nothing of it was written: no report, no commitment, no audit event; the draft still waits.
    expect(await db.report.count({ where: { sourceHash: draft.sourceHash } })).toBe(0);
    expect(await db.importDraft.count({ where: { id: draft.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "report.import", actorId: admin.id } })).toBe(0);

    // A planned fall of a rate, a deadline years ahead (到2027年) and the report's first day are fine.
    const fixed = draft.candidates.map((c, i) =>
      i === gdp ? { ...c, value: -1.5 } : i === centre ? { ...c, deadline: "2027-12-31" } : i === projects ? { ...c, deadline: "2024-01-01" } : c,
    );
    const accepted = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(fixed) });
    expect(accepted).toMatchObject({ ok: true });
    if (!accepted.ok) return;
    const stored = await db.commitment.findMany({ where: { reportId: accepted.data.reportId }, select: { indicator: true, deadline: true, targetValue: true } });
    expect(stored).toHaveLength(draft.candidates.length);
    expect(stored.find((c) => c.indicator.includes("市民中心"))?.deadline.toISOString().slice(0, 10)).toBe("2027-12-31");
  });
});
