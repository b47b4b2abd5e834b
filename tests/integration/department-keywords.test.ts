import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { loadDepartmentKeywords } from "@/lib/departments/department-keywords";
import { setDepartmentKeywords } from "@/lib/departments/set-department-keywords";
import { extractReport } from "@/lib/extract";
import { actorFor, db, department } from "./support";

// A department created after the first start (市数据局) is suggested as a lead once it has words.
describe("a department's import keywords", () => {
  it("are set as a list the admin types, logged, and suggest the department as lead in the next import", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const data = await department();
    // Unique to this department, and no figure inside (甲乙丙… for its id's digits).
    const word = `智算${[...String(data.id)].map((d) => "甲乙丙丁戊己庚辛壬癸"[Number(d)]).join("")}`;
    const result = await executeAction(setDepartmentKeywords, admin, { departmentId: data.id, keywords: `${word}、公共数据${data.id}，${word}\n` });
    expect(result).toMatchObject({ ok: true, data: { changed: true } });
    expect((await db.departmentKeyword.findMany({ where: { departmentId: data.id }, orderBy: { id: "asc" } })).map((k) => k.keyword)).toEqual([word, `公共数据${data.id}`]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "department.keywords", entityId: String(data.id) } });
    expect(event).toMatchObject({ before: { keywords: [] }, after: { keywords: [word, `公共数据${data.id}`] } });

    const keywords = await loadDepartmentKeywords(db);
    expect(keywords.find((k) => k.department === data.name)?.keywords).toEqual([word, `公共数据${data.id}`]);
    const plan = `2023年洛阳市政府工作报告\n二、2023年主要目标任务\n（一）数字经济\n新增${word}企业50家。\n`;
    const extracted = extractReport(plan, { year: 2023, departmentKeywords: keywords });
    expect(extracted.commitments.map((c) => [c.indicator, c.leadDepartment])).toEqual([[`新增${word}企业`, data.name]]);

    // The same list again changes nothing and logs nothing.
    expect(await executeAction(setDepartmentKeywords, admin, { departmentId: data.id, keywords: `${word}，公共数据${data.id}` })).toMatchObject({ ok: true, data: { changed: false } });
    expect(await db.auditEvent.count({ where: { action: "department.keywords", entityId: String(data.id) } })).toBe(1);
  });

  it("refuses a word another department has, naming it, and words too long, writing nothing", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const [agri, other] = [await department(), await department()];
    const word = `高标准农田${agri.id}`;
    await executeAction(setDepartmentKeywords, admin, { departmentId: agri.id, keywords: word });
    const taken = await executeAction(setDepartmentKeywords, admin, { departmentId: other.id, keywords: `林业${other.id}、${word}` });
    expect(taken).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { keywords: [`“${word}”已是${agri.name}的关键词：一个词只能属于一个部门，请先从那里删去。`] } });
    expect(await executeAction(setDepartmentKeywords, admin, { departmentId: other.id, keywords: "林".repeat(21) })).toMatchObject({ ok: false, fieldErrors: { keywords: ["每个关键词最多 20 个字。"] } });
    // One character is a word too (碳 is 市发展改革委's in the seeded table).
    expect(await executeAction(setDepartmentKeywords, admin, { departmentId: other.id, keywords: `碳${other.id}、林` })).toMatchObject({ ok: true });
    await executeAction(setDepartmentKeywords, admin, { departmentId: other.id, keywords: "" });
    expect(await executeAction(setDepartmentKeywords, admin, { departmentId: other.id, keywords: Array.from({ length: 31 }, (_, i) => `词语${i}`).join("、") })).toMatchObject({ ok: false, fieldErrors: { keywords: ["关键词最多 30 个。"] } });
    expect(await db.departmentKeyword.count({ where: { departmentId: other.id } })).toBe(0);
    // An empty list clears them.
    expect(await executeAction(setDepartmentKeywords, admin, { departmentId: agri.id, keywords: "" })).toMatchObject({ ok: true, data: { changed: true } });
    expect(await db.departmentKeyword.count({ where: { departmentId: agri.id } })).toBe(0);
  });
});
