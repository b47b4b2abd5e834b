import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorFor, department } from "./support";

// The route handler reads the session; here the signed-in user is whoever the test says.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
const { GET } = await import("@/app/api/departments/[departmentId]/officials/route");

const ask = (id: number | string) => GET(new Request(`http://localhost/api/departments/${id}/officials`), { params: Promise.resolve({ departmentId: String(id) }) });

describe("the officials an admin may name responsible, asked per lead department", () => {
  beforeEach(() => {
    session.actor = null;
  });

  it("lists the department's active officials by name — not its other roles, not the disabled, not other departments'", async () => {
    const dept = await department();
    const other = await department();
    const a = await actorFor({ role: "OFFICIAL", departmentId: dept.id, displayName: "经办人 2" });
    const b = await actorFor({ role: "OFFICIAL", departmentId: dept.id, displayName: "经办人 1" });
    await actorFor({ role: "OFFICIAL", departmentId: dept.id, disabled: true });
    await actorFor({ role: "VIEWER", departmentId: dept.id });
    await actorFor({ role: "OFFICIAL", departmentId: other.id });
    session.actor = await actorFor({ role: "ADMIN" });

    const response = await ask(dept.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = (await response.json()) as { officials: { id: number; displayName: string }[] };
    // By name (经办人 1, then 经办人 2), not by when they were created.
    expect(body.officials.map((o) => o.id)).toEqual([b.id, a.id]);
    expect(Object.keys(body.officials[0]).sort()).toEqual(["displayName", "id"]);
  });

  it("answers nobody who may not assign owners: 401 signed out, 403 for the other roles, 404 for a malformed id", async () => {
    const dept = await department();
    expect((await ask(dept.id)).status).toBe(401);
    for (const role of ["OFFICIAL", "REVIEWER", "VIEWER"] as const) {
      session.actor = await actorFor({ role, departmentId: role === "OFFICIAL" ? dept.id : null });
      expect((await ask(dept.id)).status).toBe(403);
    }
    session.actor = await actorFor({ role: "ADMIN" });
    expect((await ask("abc")).status).toBe(404);
    expect(((await (await ask(999_999)).json()) as { officials: unknown[] }).officials).toEqual([]);
  });
});
