import { expect, test as setup } from "@playwright/test";
import { getOnOwnConnection } from "../scripts/bench/get-on-own-connection";
import { login } from "../scripts/bench/login-sessions";
import { E2E_SERVER_WORKERS as WORKERS } from "./server-workers";
import { createUser, db } from "./support/db";

// The journeys start on a server that has just booted: each of its two workers loads a page's
// modules and compiles its code the first time that page is asked for, which on two CPU cores
// shared with two browsers made the first journeys run out of their time (a cold /login took
// 3.7 s in CI). A server in use is warm, so the journeys start on a warm one: every page is
// rendered once per worker first. A setup step, not a specification; it fails only when a page
// does not answer.

setup("the server has rendered every kind of page once in each worker", async ({ baseURL }) => {
  setup.setTimeout(120_000);
  const admin = await createUser({ role: "ADMIN" });
  // A real session over HTTP, as the bench signs in (the journeys themselves use the form).
  const { cookie } = await login(baseURL!, admin.loginName, admin.password);
  const commitment = await db.commitment.findFirstOrThrow({ select: { id: true, reportId: true } });
  const pages = ["/", "/dashboard", "/commitments", `/commitments/${commitment.id}`, "/reports", `/reports/${commitment.reportId}`, "/reports/import", "/admin/users", "/admin/departments", "/admin/settings"];
  for (let i = 0; i < WORKERS; i++) expect((await getOnOwnConnection(`${baseURL}/login`)).status).toBe(200);
  for (const page of pages) {
    for (let i = 0; i < WORKERS; i++) expect((await getOnOwnConnection(`${baseURL}${page}`, cookie)).status, page).toBe(200);
  }
});
