import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { createDepartment, createUser, db, seedReportWithCommitments } from "./support/db";
import { login } from "./support/login";

// Every route handler × every kind of caller. Route handlers authenticate themselves (the proxy
// lets /api through), so each must answer for itself: 401 without a session, 403 without the
// role, 404 for another department's records, and only the caller's rows in an export.

type Caller = "anonymous" | "disabled" | "viewer" | "official" | "otherOfficial" | "reviewer" | "admin";

async function requestAs(browser: Browser, user: { loginName: string; password: string } | null): Promise<APIRequestContext> {
  const context = await browser.newContext();
  if (user) await login(await context.newPage(), user.loginName, user.password);
  return context.request;
}

test("route handlers answer each kind of caller as the permissions table says", async ({ browser }) => {
  test.setTimeout(120_000);
  const [own, other] = [await createDepartment(), await createDepartment()];
  const { report, commitments } = await seedReportWithCommitments(db, [
    { indicator: "本部门路由指标", leadDepartmentId: own.id },
    { indicator: "外部门路由指标", leadDepartmentId: other.id },
  ]);
  const users = {
    viewer: await createUser({ role: "VIEWER" }),
    official: await createUser({ role: "OFFICIAL", departmentId: own.id }),
    otherOfficial: await createUser({ role: "OFFICIAL", departmentId: other.id }),
    reviewer: await createUser({ role: "REVIEWER" }),
    admin: await createUser({ role: "ADMIN" }),
    disabled: await createUser({ role: "ADMIN" }),
  };
  const update = await db.progressUpdate.create({
    data: { commitmentId: commitments[0].id, authorId: users.official.id, asOf: new Date("2023-06-30T00:00:00Z"), actualValue: 1, narrative: "附件" },
  });
  const evidence = await db.evidenceFile.create({
    data: { updateId: update.id, fileName: "说明.txt", mimeType: "text/plain", size: 5, sha256: "x", data: Buffer.from("hello") },
  });

  const requests = {} as Record<Caller, APIRequestContext>;
  requests.anonymous = await requestAs(browser, null);
  for (const caller of ["viewer", "official", "otherOfficial", "reviewer", "admin", "disabled"] as const) {
    requests[caller] = await requestAs(browser, users[caller]);
  }
  // Disabled after signing in: the old session cookie must not be enough.
  await db.user.update({ where: { id: users.disabled.id }, data: { disabled: true } });

  const exportsQuery = `report=${report.id}`;
  const routes: { path: string; expect: Record<Caller, number> }[] = [
    { path: `/api/exports/commitments.xlsx?${exportsQuery}`, expect: { anonymous: 401, disabled: 401, viewer: 200, official: 200, otherOfficial: 200, reviewer: 200, admin: 200 } },
    { path: `/api/exports/commitments.csv?${exportsQuery}`, expect: { anonymous: 401, disabled: 401, viewer: 200, official: 200, otherOfficial: 200, reviewer: 200, admin: 200 } },
    { path: `/api/exports/progress-report.docx?period=2023-06&${exportsQuery}`, expect: { anonymous: 401, disabled: 401, viewer: 200, official: 200, otherOfficial: 200, reviewer: 200, admin: 200 } },
    { path: `/api/bulk-updates/template.xlsx`, expect: { anonymous: 401, disabled: 401, viewer: 403, official: 200, otherOfficial: 200, reviewer: 403, admin: 403 } },
    { path: `/api/evidence/${evidence.id}`, expect: { anonymous: 401, disabled: 401, viewer: 200, official: 200, otherOfficial: 404, reviewer: 200, admin: 200 } },
    { path: `/api/departments/${own.id}/officials`, expect: { anonymous: 401, disabled: 401, viewer: 403, official: 403, otherOfficial: 403, reviewer: 403, admin: 200 } },
    { path: `/api/departments/${own.id}/merge-preview`, expect: { anonymous: 401, disabled: 401, viewer: 403, official: 403, otherOfficial: 403, reviewer: 403, admin: 200 } },
    // The whole trail, as its page (操作日志): admins only.
    { path: `/api/exports/audit-log.csv?subjectKind=commitment&subject=${commitments[0].id}`, expect: { anonymous: 401, disabled: 401, viewer: 403, official: 403, otherOfficial: 403, reviewer: 403, admin: 200 } },
  ];
  for (const route of routes) {
    for (const [caller, status] of Object.entries(route.expect) as [Caller, number][]) {
      const response = await requests[caller].get(route.path, { maxRedirects: 0 });
      expect(response.status(), `${route.path} as ${caller}`).toBe(status);
      if (status === 200 && route.path.includes("evidence")) {
        expect(response.headers()["content-disposition"]).toMatch(/^attachment/);
        expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      }
    }
  }

  // Exports follow the list's scope: an official's CSV holds their department's row only.
  const csv = async (caller: Caller) => (await (await requests[caller].get(`/api/exports/commitments.csv?${exportsQuery}`)).text());
  expect(await csv("official")).toContain("本部门路由指标");
  expect(await csv("official")).not.toContain("外部门路由指标");
  expect(await csv("otherOfficial")).not.toContain("本部门路由指标");
  expect(await csv("viewer")).toContain("外部门路由指标");
});
