import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { GET as getCsv } from "@/app/api/exports/commitments.csv/route";
import { parseCommitmentFilters } from "@/lib/commitments/filters";
import { getResponsibleFilterPerson } from "@/lib/commitments/get-responsible-filter-person";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { countOpenResponsibilities } from "@/lib/users/count-open-responsibilities";
import { actorFor, db, department, reportWithCommitments } from "./support";

// Handing over a departing official's work starts from what they still answer for: the list
// filtered by 责任人 (open ones), its exports holding the same rows, and the users page's counts.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));
const signIn = (actor: Actor) => vi.mocked(getCurrentActor).mockResolvedValue(actor);

describe("the commitment list filtered by responsible official", () => {
  let reportId: number;
  let leaving: Actor;
  let staying: Actor;
  let lead: { id: number; name: string };
  let other: { id: number; name: string };

  beforeAll(async () => {
    [lead, other] = [await department(), await department()];
    leaving = await actorFor({ role: "OFFICIAL", departmentId: lead.id, displayName: "离任经办人" });
    staying = await actorFor({ role: "OFFICIAL", departmentId: lead.id });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "离任者在办甲", leadDepartmentId: lead.id, responsibleUserId: leaving.id },
      { indicator: "留任者在办", leadDepartmentId: lead.id, responsibleUserId: staying.id },
      { indicator: "离任者已核验", leadDepartmentId: lead.id, responsibleUserId: leaving.id },
      { indicator: "无责任人", leadDepartmentId: lead.id },
      { indicator: "离任者在办乙", leadDepartmentId: lead.id, responsibleUserId: leaving.id },
    ]);
    reportId = report.id;
    await db.commitment.update({ where: { id: commitments[2].id }, data: { status: "VERIFIED" } });
  });

  const list = (actor: Actor, params: Record<string, string>) => listCommitments(actor, parseCommitmentFilters({ report: String(reportId), ...params }), "2023-07-15");

  it("lists only the commitments the official answers for; with open=1, only those still open", async () => {
    const admin = await actorFor({ role: "ADMIN" });
    expect((await list(admin, { responsible: String(leaving.id) })).rows.map((r) => r.indicator)).toEqual(["离任者在办甲", "离任者已核验", "离任者在办乙"]);
    const open = await list(admin, { responsible: String(leaving.id), open: "1" });
    expect([open.rows.map((r) => r.indicator), open.total]).toEqual([["离任者在办甲", "离任者在办乙"], 2]);
    expect((await list(admin, { responsible: String(staying.id) })).rows.map((r) => r.indicator)).toEqual(["留任者在办"]);
    // An id nobody answers by is an empty list, not every row; a malformed one is dropped, as every filter's.
    expect((await list(admin, { responsible: "2147483000" })).total).toBe(0);
    expect((await list(admin, { responsible: "离任经办人" })).total).toBe(5);
  });

  it("narrows an official's list within their department's commitments only", async () => {
    const outsider = await actorFor({ role: "OFFICIAL", departmentId: other.id });
    expect((await list(outsider, { responsible: String(leaving.id) })).total).toBe(0);
    expect((await list(staying, { responsible: String(leaving.id), open: "1" })).total).toBe(2);
  });

  it("names the person to whoever sees all commitments, and to an official only when the person answers for one of theirs", async () => {
    const viewer = await actorFor({ role: "VIEWER" });
    expect(await getResponsibleFilterPerson(viewer, leaving.id)).toEqual({ id: leaving.id, displayName: "离任经办人", disabled: false });
    expect(await getResponsibleFilterPerson(staying, leaving.id)).toMatchObject({ displayName: "离任经办人" });
    const outsider = await actorFor({ role: "OFFICIAL", departmentId: other.id });
    expect(await getResponsibleFilterPerson(outsider, leaving.id)).toBeNull();
    expect(await getResponsibleFilterPerson(viewer, 2147483000)).toBeNull();
  });

  it("hands the exports the same rows, and refuses a responsible official it cannot read rather than export everything", async () => {
    signIn(await actorFor({ role: "VIEWER" }));
    const csv = await getCsv(new Request(`http://localhost/api/exports/commitments.csv?report=${reportId}&responsible=${leaving.id}&open=1`));
    expect(csv.status).toBe(200);
    const text = new TextDecoder().decode(new Uint8Array(await csv.arrayBuffer()).slice(3));
    const indicators = text.split("\r\n").slice(1, -1).map((line) => line.split(",")[3]);
    expect(indicators).toEqual(["离任者在办甲", "离任者在办乙"]);
    const bad = await getCsv(new Request(`http://localhost/api/exports/commitments.csv?report=${reportId}&responsible=someone`));
    expect([bad.status, (await bad.json()).error]).toEqual([400, "导出链接中的筛选条件 responsible 无法识别，未导出任何数据：请回到目标任务列表重新选择筛选条件后导出。"]);
  });

  it("counts each official's open responsibilities in one statement, leaving out those with none", async () => {
    const idle = await actorFor({ role: "OFFICIAL", departmentId: lead.id });
    const counts = await countOpenResponsibilities([leaving.id, staying.id, idle.id]);
    expect([counts.get(leaving.id), counts.get(staying.id), counts.has(idle.id)]).toEqual([2, 1, false]);
    expect((await countOpenResponsibilities([])).size).toBe(0);
  });
});
