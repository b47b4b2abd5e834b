import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { actorFor } from "./support";

// The session is the one thing mocked: the route handlers are real.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: async () => session.actor }));
const { GET: getXlsx } = await import("@/app/api/exports/commitments.xlsx/route");
const { GET: getDocx } = await import("@/app/api/exports/progress-report.docx/route");
const { GET: getEvidence } = await import("@/app/api/evidence/[evidenceId]/route");
const { GET: getSheet } = await import("@/app/api/bulk-updates/template.xlsx/route");
const { GET: getAuditCsv } = await import("@/app/api/exports/audit-log.csv/route");

const ORIGIN = "http://localhost";
/** What Chromium sends when a link is followed from one of our pages. */
const followed = (path: string, from: string | null, cookie = "") =>
  new Request(`${ORIGIN}${path}`, {
    headers: {
      "sec-fetch-mode": "navigate",
      "sec-fetch-dest": "document",
      accept: "text/html,application/xhtml+xml,*/*;q=0.8",
      ...(from ? { referer: `${ORIGIN}${from}` } : {}),
      ...(cookie ? { cookie } : {}),
    },
  });

async function page(response: Response) {
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  const html = await response.text();
  return {
    lang: /<html lang="([^"]+)"/.exec(html)?.[1],
    message: /<p role="alert">([^<]*)<\/p>/.exec(html)?.[1],
    link: /<a href="([^"]*)">([^<]*)<\/a>/.exec(html)?.slice(1),
  };
}

describe("a download refused in the browser", () => {
  beforeEach(() => {
    session.actor = null;
  });

  it("signed out: says so and offers to sign in again, back to the page the link was on", async () => {
    // As browsers send it: the page's address percent-encoded.
    const from = `/commitments?department=2&q=${encodeURIComponent("农田")}`;
    const response = await getXlsx(followed("/api/exports/commitments.xlsx?report=1", from));
    expect(response.status).toBe(401);
    expect(await page(response)).toEqual({
      lang: "zh-CN",
      message: "登录已失效，请重新登录后再导出。",
      link: [`/login?callbackUrl=${encodeURIComponent(from)}`, "重新登录"],
    });
    // Next hands a route handler "localhost" as the request's host whatever the browser asked
    // for: the page it came from is recognised by the Host header.
    const asServed = new Request("http://localhost:3100/api/exports/commitments.csv", {
      headers: { "sec-fetch-mode": "navigate", host: "127.0.0.1:3100", referer: "http://127.0.0.1:3100/commitments?department=2" },
    });
    expect((await page(await getXlsx(asServed))).link).toEqual([`/login?callbackUrl=${encodeURIComponent("/commitments?department=2")}`, "重新登录"]);
    // No page to go back to (the address typed, or another site's link): the login page alone.
    expect((await page(await getSheet(followed("/api/bulk-updates/template.xlsx", null)))).link).toEqual(["/login", "重新登录"]);
    expect((await page(await getSheet(followed("/api/bulk-updates/template.xlsx", null)))).message).toBe("登录已失效，请重新登录后再下载填报表。");
  });

  it("a bad address or a role that may not: the reason, and the way back, in the reader's language", async () => {
    session.actor = await actorFor({ role: "VIEWER" });
    const bad = await getDocx(followed("/api/exports/progress-report.docx?period=2023-13", "/reports/progress?period=2023-06", "duban-locale=en"));
    expect(bad.status).toBe(400);
    expect(await page(bad)).toEqual({
      lang: "en",
      message: "Enter a period: a month such as 2023-06, a quarter such as 2023-Q2 or a whole year such as 2023.",
      link: ["/reports/progress?period=2023-06", "Back to the previous page"],
    });
    const forbidden = await getSheet(followed("/api/bulk-updates/template.xlsx", "/bulk-updates"));
    expect(forbidden.status).toBe(403);
    expect(await page(forbidden)).toMatchObject({ message: "只有部门填报人员可以下载进展填报表。", link: ["/bulk-updates", "返回上一页"] });
    // A viewer may export commitments, not the audit log: told which, not that they may export nothing.
    const auditLog = await getAuditCsv(followed("/api/exports/audit-log.csv", "/commitments", "duban-locale=en"));
    expect(auditLog.status).toBe(403);
    expect(await page(auditLog)).toMatchObject({ message: "The audit log is for administrators only.", link: ["/commitments", "Back to the previous page"] });
    expect((await page(await getAuditCsv(followed("/api/exports/audit-log.csv", "/commitments")))).message).toBe("操作日志仅限管理员查看和导出。");
    // A ledger link whose report cannot be read exports nothing rather than every report.
    const unreadable = await getXlsx(followed("/api/exports/commitments.xlsx?report=abc", "/commitments?report=abc"));
    expect(unreadable.status).toBe(400);
    expect(await page(unreadable)).toMatchObject({
      message: "导出链接中的工作报告编号（report）无法识别，未导出任何数据：请回到目标任务列表选择工作报告后重新导出。",
      link: ["/commitments?report=abc", "返回上一页"],
    });
    // A referer of another site, or of a download, is no page to go back to.
    const missing = await getEvidence(followed("/api/evidence/999999999", null), { params: Promise.resolve({ evidenceId: "999999999" }) });
    expect(missing.status).toBe(404);
    expect(await page(missing)).toMatchObject({ message: "未找到该佐证材料，或您无权查看。", link: ["/", "返回首页"] });
    const elsewhere = new Request(`${ORIGIN}/api/evidence/abc`, { headers: { "sec-fetch-mode": "navigate", referer: "https://evil.example/x" } });
    expect((await page(await getEvidence(elsewhere, { params: Promise.resolve({ evidenceId: "abc" }) }))).link).toEqual(["/", "返回首页"]);
    // Nor is a path of ours that a browser would read as another site's ("//evil.example/x").
    const sneaky = new Request(`${ORIGIN}/api/evidence/abc`, { headers: { "sec-fetch-mode": "navigate", referer: `${ORIGIN}//evil.example/x` } });
    expect((await page(await getEvidence(sneaky, { params: Promise.resolve({ evidenceId: "abc" }) }))).link).toEqual(["/", "返回首页"]);
  });

  it("stays machine-readable for a script: JSON from the exports, text from the files", async () => {
    const script = await getXlsx(new Request(`${ORIGIN}/api/exports/commitments.xlsx`, { headers: { "sec-fetch-mode": "cors", accept: "*/*" } }));
    expect([script.status, await script.json()]).toEqual([401, { error: "登录已失效，请重新登录后再导出。" }]);
    const sheet = await getSheet(new Request(`${ORIGIN}/api/bulk-updates/template.xlsx`, { headers: { cookie: "duban-locale=en" } }));
    expect([sheet.status, sheet.headers.get("content-type"), await sheet.text()]).toEqual([401, "text/plain; charset=utf-8", "Your session has ended: sign in again to download the progress sheet."]);
  });
});
