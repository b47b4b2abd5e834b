import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { getImportDraft } from "@/lib/imports/get-import-draft";
import { startImport } from "@/lib/imports/start-import";
import { miniReport } from "@/lib/extract/__fixtures__/mini-report";
import { actorFor, db } from "./support";

/** Digits would be read as figures; a tag of its own in Chinese characters keeps a text unique. */
const hanTag = () => [...randomUUID().replace(/-/g, "").slice(0, 8)].map((h) => "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳"[parseInt(h, 16)]).join("");

describe("an import's issuer", () => {
  it("left empty, is the government the report's speaker speaks for", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const tag = hanTag();
    const text = miniReport("新建城市书房20个。").replace("各位代表：", `各位代表：\n\n现在，我代表${tag}市人民政府，向大会报告工作。`);
    const started = await executeAction(startImport, admin, { text, issuer: " ", year: "" });
    if (!started.ok) throw new Error(started.message);
    expect((await getImportDraft(started.data.draftId))?.issuer).toBe(`${tag}市人民政府`);
    const audited = await db.auditEvent.findFirstOrThrow({ where: { action: "import.start", entityId: String(started.data.draftId) } });
    expect(audited.after).toMatchObject({ issuer: `${tag}市人民政府` });
  });

  it("typed, is kept as typed whatever the text says", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const tag = hanTag();
    const text = miniReport("新建城市书房20个。").replace("各位代表：", `各位代表：\n\n现在，我代表${tag}市人民政府，向大会报告工作。`);
    const started = await executeAction(startImport, admin, { text, issuer: `${tag}市政府` });
    if (!started.ok) throw new Error(started.message);
    expect((await getImportDraft(started.data.draftId))?.issuer).toBe(`${tag}市政府`);
  });

  it("left empty where the text does not say, is asked for beside its field, and no draft is kept", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const tag = hanTag();
    const text = miniReport(`新建城市书房20个。本项工作代号${tag}。`);
    expect(await executeAction(startImport, admin, { text, issuer: "" })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { issuer: ["未能从报告正文中识别发布机关，请填写（如“北京市人民政府”）。"] },
    });
    expect(await db.importDraft.count({ where: { text: { contains: tag } } })).toBe(0);
  });
});
