import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { acceptImport } from "@/lib/imports/accept-import";
import { getImportDraft } from "@/lib/imports/get-import-draft";
import { startImport } from "@/lib/imports/start-import";
import { miniReport } from "@/lib/extract/__fixtures__/mini-report";
import { acceptedRows, chooseDeadline, toReviewRow, updateRow } from "@/components/imports/review-rows";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { actorFor, db, ownIssuer } from "./support";

describe("an imported commitment's deadline", () => {
  it("is stored and audited as the report's, the default year's end, or the admin's — never a day the admin typed as 报告写明", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    const text = miniReport(`6月底前完成老旧小区改造30个，新建城市书房20个，新建学校5所，新建公园8个。本项工作代号${crypto.randomUUID()}。`);
    const started = await executeAction(startImport, admin, { text, issuer: ownIssuer() });
    if (!started.ok) throw new Error(started.message);
    const draft = (await getImportDraft(started.data.draftId))!;
    const key = (word: string) => draft.candidates.find((c) => c.indicator.includes(word))!.key;
    let rows = draft.candidates.map(toReviewRow);
    const typed = (word: string, day: string) => {
      const row = rows.find((r) => r.key === key(word))!;
      rows = updateRow(rows, row.key, chooseDeadline(row, day, draft.year));
    };
    // 城市书房 (no day in the report) moved to 9月底 by the admin; 学校 moved and typed back to the year's end.
    typed("城市书房", "2024-09-30");
    typed("学校", "2024-06-30");
    typed("学校", "2024-12-31");
    const { candidates } = acceptedRows(rows);
    // 公园 as a page saved before the flag existed sends it: not stated, not the year's end.
    const sent = candidates.map((c) => {
      if (c.key !== key("公园")) return c;
      const { deadlineSetByAdmin: _flag, ...older } = c;
      return { ...older, deadline: "2024-10-31" };
    });
    const result = await executeAction(acceptImport, admin, { draftId: draft.id, candidates: JSON.stringify(sent) });
    if (!result.ok) throw new Error(result.message);

    const stored = await db.commitment.findMany({ where: { reportId: result.data.reportId }, orderBy: { position: "asc" } });
    const source = (word: string) => {
      const c = stored.find((s) => s.indicator.includes(word))!;
      return [c.deadline.toISOString().slice(0, 10), c.deadlineStated, c.deadlineSetByAdmin];
    };
    expect(source("老旧小区")).toEqual(["2024-06-30", true, false]);
    expect(source("城市书房")).toEqual(["2024-09-30", false, true]);
    expect(source("学校")).toEqual(["2024-12-31", false, false]);
    expect(source("公园")).toEqual(["2024-10-31", false, true]);

    const created = await db.auditEvent.findMany({ where: { action: "commitment.create", entityId: { in: stored.map((c) => String(c.id)) } } });
    const after = (word: string) => created.find((e) => e.entityId === String(stored.find((s) => s.indicator.includes(word))!.id))!.after as Record<string, unknown>;
    expect(after("城市书房")).toMatchObject({ deadline: "2024-09-30", deadlineStated: false, deadlineSetByAdmin: true });
    expect(after("学校")).not.toHaveProperty("deadlineSetByAdmin");

    // 默认年底 in the list only where the year's end is the default.
    const viewer = await actorFor({ role: "VIEWER" });
    const { rows: listed } = await listCommitments(viewer, parseCommitmentFilters({ report: String(result.data.reportId) }), "2024-03-01");
    expect(listed.filter((r) => r.deadlineDefault).map((r) => r.indicator).sort()).toEqual(stored.filter((c) => !c.deadlineStated && !c.deadlineSetByAdmin).map((c) => c.indicator).sort());
    expect(listed.find((r) => r.indicator.includes("城市书房"))?.deadlineDefault).toBe(false);
    expect(listed.find((r) => r.indicator.includes("学校"))?.deadlineDefault).toBe(true);
  });
});
