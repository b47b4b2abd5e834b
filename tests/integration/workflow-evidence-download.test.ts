import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { executeAction } from "@/lib/actions/execute-action";
import { seedCommitment } from "@/lib/seed/factories";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department } from "./support";

// The route handler reads the session; here the signed-in user is whoever the test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
const { GET } = await import("@/app/api/evidence/[evidenceId]/route");

const YEAR = new Date().getUTCFullYear() - 1;
const download = (id: number | string) => GET(new Request(`http://localhost/api/evidence/${id}`), { params: Promise.resolve({ evidenceId: String(id) }) });

describe("downloading evidence", () => {
  beforeEach(() => {
    session.actor = null;
  });

  it("sends the bytes as an attachment with the stored type, only to those who may see the commitment", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const commitment = await seedCommitment(db, { year: YEAR, leadDepartmentId: dept.id });
    const text = "验收报告：已完成 5.5 万亩。\n";
    const sent = await executeAction(submitUpdate, official, {
      commitmentId: commitment.id,
      asOf: `${YEAR}-06-30`,
      actualValue: "5.5",
      narrative: "见附件",
      evidence: [{ fileName: "验收 报告", base64: Buffer.from(text).toString("base64") }],
    });
    if (!sent.ok) throw new Error(sent.message);
    const file = await db.evidenceFile.findFirstOrThrow({ where: { updateId: sent.data.updateId } });
    expect(file.fileName).toBe("验收 报告.txt");

    expect((await download(file.id)).status).toBe(401);

    session.actor = official;
    const response = await download(file.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain("attachment; ");
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("验收 报告.txt")}`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toBe(text);

    session.actor = await actorFor({ role: "OFFICIAL", departmentId: (await department()).id });
    const hidden = await download(file.id);
    // Opened from a link in the browser: a sentence, not a bare "Not found".
    expect([hidden.status, await hidden.text()]).toEqual([404, "未找到该佐证材料，或您无权查看。"]);
    session.actor = await actorFor({ role: "REVIEWER" });
    expect((await download(file.id)).status).toBe(200);
    expect((await download("abc")).status).toBe(404);
  });
});
