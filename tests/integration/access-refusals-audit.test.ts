import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { executeAction } from "@/lib/actions/execute-action";
import { PAGE_PATH_HEADER } from "@/lib/http/page-path-header";
import { seedCommitment } from "@/lib/seed/factories";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department } from "./support";

// Pages and downloads refused to someone signed in are on record, as refused actions are: who,
// which path (never its query), and whether the role may not (access.denied) or the record is not
// there for them (access.notFound). The session and the request's headers are the only stand-ins.
const session = vi.hoisted(() => ({ actor: null as Actor | null, page: "" }));
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-duban-page": session.page }) }));
vi.mock("next/navigation", () => ({
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));
const { requireActor } = await import("@/lib/auth/require-actor");
const { GET: getAuditCsv } = await import("@/app/api/exports/audit-log.csv/route");
const { GET: getSheet } = await import("@/app/api/bulk-updates/template.xlsx/route");
const { GET: getEvidence } = await import("@/app/api/evidence/[evidenceId]/route");
const { GET: getOfficials } = await import("@/app/api/departments/[departmentId]/officials/route");

const refusalsOf = (actor: Actor) =>
  db.auditEvent.findMany({ where: { actorId: actor.id, action: { startsWith: "access." } }, orderBy: { id: "asc" }, select: { action: true, entity: true, entityId: true, after: true } });

describe("pages and downloads refused, in the audit trail", () => {
  beforeEach(() => {
    session.actor = null;
    session.page = "";
  });

  it("records a page the role may not open under its path, without the query typed", async () => {
    expect(PAGE_PATH_HEADER).toBe("x-duban-page");
    const viewer = (session.actor = await actorFor({ role: "VIEWER" }));
    session.page = `/admin/audit?q=${encodeURIComponent("秘密的关键词")}`; // as the proxy sets it: percent-encoded
    await expect(requireActor("audit.log")).rejects.toThrow("NEXT_NOT_FOUND");
    // A page the role may open leaves nothing.
    expect(await requireActor("commitment.view")).toMatchObject({ id: viewer.id });
    expect(await refusalsOf(viewer)).toEqual([{ action: "access.denied", entity: "Page", entityId: "/admin/audit", after: {} }]);
  });

  it("records downloads the role may not have: the audit log's CSV, the progress sheet, the officials of a department", async () => {
    const viewer = (session.actor = await actorFor({ role: "VIEWER" }));
    expect((await getAuditCsv(new Request("http://localhost/api/exports/audit-log.csv?q=某人"))).status).toBe(403);
    expect((await getSheet(new Request("http://localhost/api/bulk-updates/template.xlsx"))).status).toBe(403);
    expect((await getOfficials(new Request("http://localhost/api/departments/2/officials"), { params: Promise.resolve({ departmentId: "2" }) })).status).toBe(403);
    expect((await refusalsOf(viewer)).map((e) => [e.action, e.entityId])).toEqual([
      ["access.denied", "/api/exports/audit-log.csv"],
      ["access.denied", "/api/bulk-updates/template.xlsx"],
      ["access.denied", "/api/departments/2/officials"],
    ]);
  });

  it("records another department's evidence asked for as not found, and nothing for the file's own department", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const commitment = await seedCommitment(db, { year: new Date().getUTCFullYear() - 1, leadDepartmentId: dept.id });
    const sent = await executeAction(submitUpdate, official, {
      commitmentId: commitment.id,
      asOf: `${new Date().getUTCFullYear() - 1}-06-30`,
      actualValue: "5",
      narrative: "见附件",
      evidence: [{ fileName: "验收报告", base64: Buffer.from("验收报告\n").toString("base64") }],
    });
    if (!sent.ok) throw new Error(sent.message);
    const file = await db.evidenceFile.findFirstOrThrow({ where: { updateId: sent.data.updateId } });
    const download = () => getEvidence(new Request(`http://localhost/api/evidence/${file.id}`), { params: Promise.resolve({ evidenceId: String(file.id) }) });

    session.actor = official;
    expect((await download()).status).toBe(200);
    expect(await refusalsOf(official)).toEqual([]);
    const other = (session.actor = await actorFor({ role: "OFFICIAL", departmentId: (await department()).id }));
    expect((await download()).status).toBe(404);
    expect(await refusalsOf(other)).toEqual([{ action: "access.notFound", entity: "Page", entityId: `/api/evidence/${file.id}`, after: {} }]);
  });
});
