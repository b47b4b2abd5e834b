import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { LOCALE_COOKIE } from "@/lib/i18n/translate";
import { actorFor, db, department, reportWithCommitments } from "./support";

// proxy.ts lets a server action's POST through without a session (lib/http/proxy-gate.ts): the
// action wrapper is what refuses it then, in the form that sent it. So every server action the app
// exports must be that wrapper's, and answer a caller without a session "登录已失效" with a way to
// sign in again and the typed values — never run, never read a file. The session, the request's
// headers and cookies are the stand-ins; everything else is the real action.
const session = vi.hoisted(() => ({ actor: null as Actor | null, page: "/", locale: undefined as string | undefined }));
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-duban-page": session.page }),
  cookies: async () => ({ get: (name: string) => (name === LOCALE_COOKIE && session.locale ? { name, value: session.locale } : undefined), set: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`NEXT_REDIRECT ${to}`);
  },
}));

const ROOT = path.resolve(import.meta.dirname, "../..");
// The one server action outside the wrapper: it sets the reader's language cookie and touches
// nothing else, and is offered on the login page to anyone.
const OUTSIDE_THE_WRAPPER = new Set(["app/locale-action.ts#setLocaleAction"]);

/** Every source file under app/, components/ and lib/ that says "use server", with where it says it. */
async function serverActionFiles(): Promise<{ file: string; directive: boolean }[]> {
  const found: { file: string; directive: boolean }[] = [];
  for (const top of ["app", "components", "lib"]) {
    for (const entry of await readdir(path.join(ROOT, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.parentPath.includes("generated")) continue;
      const file = path.relative(ROOT, path.join(entry.parentPath, entry.name));
      const text = await readFile(path.join(ROOT, file), "utf8");
      if (!/["']use server["']/.test(text)) continue;
      found.push({ file, directive: /^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["'];?\s*\n/.test(text) });
    }
  }
  return found;
}

const ENDED = "登录已失效，本次操作未执行。请重新登录后回到本页再试。";

describe("a server action sent after the session ended", () => {
  beforeEach(() => {
    session.actor = null;
    session.page = "/";
    session.locale = undefined;
  });

  it("is refused by every action the app exports, in its form: 登录已失效, a link to sign in again in a new tab and back, what was typed kept", async () => {
    const files = await serverActionFiles();
    // Inline server functions ("use server" inside a component) would escape this check: none.
    expect(files.filter((f) => !f.directive).map((f) => f.file)).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(15);
    const checked: string[] = [];
    for (const { file } of files) {
      const exports = (await import(path.join(ROOT, file))) as Record<string, unknown>;
      for (const [name, action] of Object.entries(exports)) {
        if (typeof action !== "function" || OUTSIDE_THE_WRAPPER.has(`${file}#${name}`)) continue;
        session.page = "/commitments/12?from=my-work";
        const form = new FormData();
        form.set("narrative", "已建成60个城市书房。");
        const answer = (await (action as (state: FormState, data: FormData) => Promise<FormState>)(initialFormState, form)) as FormState;
        expect(answer, `${file}#${name}`).toMatchObject({
          status: "error",
          errorKind: "unauthenticated",
          message: ENDED,
          link: { href: "/login?ended=1&callbackUrl=%2Fcommitments%2F12%3Ffrom%3Dmy-work", label: "在新标签页中重新登录", newTab: true },
          values: { narrative: "已建成60个城市书房。" },
        });
        checked.push(`${file}#${name}`);
      }
    }
    // The ones QA found losing their work among them, uploads too.
    for (const name of ["submitUpdateAction", "requestChangeAction", "returnUpdateAction", "submitBulkUpdatesAction", "startImportAction"]) {
      expect(checked.some((c) => c.endsWith(`#${name}`)), name).toBe(true);
    }
  });

  it("writes nothing; signed in again, the same form goes through", async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const { commitments } = await reportWithCommitments([{ indicator: "新建城市书房", targetValue: 100, leadDepartmentId: dept.id }]);
    const { submitUpdateAction } = await import("@/app/(app)/commitments/[commitmentId]/actions");
    const form = new FormData();
    form.set("commitmentId", String(commitments[0].id));
    form.set("expects", "NUMERIC");
    form.set("asOf", "2023-12-01");
    form.set("actualValue", "60");
    form.set("narrative", "已建成60个城市书房。");
    form.append("evidence", new File([Buffer.from("%PDF-1.4\n%%EOF\n")], "验收报告.pdf", { type: "application/pdf" }));
    session.page = `/commitments/${commitments[0].id}`;

    const refused = await submitUpdateAction(initialFormState, form);
    expect(refused).toMatchObject({ status: "error", errorKind: "unauthenticated", values: { asOf: "2023-12-01", actualValue: "60", narrative: "已建成60个城市书房。" } });
    expect(await db.progressUpdate.count({ where: { commitmentId: commitments[0].id } })).toBe(0);

    session.actor = official;
    expect(await submitUpdateAction(initialFormState, form)).toMatchObject({ status: "success" });
    const [update] = await db.progressUpdate.findMany({ where: { commitmentId: commitments[0].id }, include: { evidence: true } });
    expect(update.evidence.map((e) => e.fileName)).toEqual(["验收报告.pdf"]);
  });

  it("is said in the reader's language, leading home from a page not of ours", async () => {
    const { returnUpdateAction } = await import("@/app/(app)/commitments/[commitmentId]/actions");
    session.locale = "en";
    session.page = "//evil.example/x";
    const form = new FormData();
    form.set("note", "Please add the district figures.");
    expect(await returnUpdateAction(initialFormState, form)).toMatchObject({
      message: "Your session has ended, so this was not done. Sign in again, then come back to this page and try again.",
      link: { href: "/login?ended=1", label: "Sign in again in a new tab", newTab: true },
      values: { note: "Please add the district figures." },
    });
  });
});
