// The measured pairs: each page or action over HTTP, and beside it the raw SQL it needs.
// Ids come from the bench database; sessions are real next-auth cookies per role.
import type pg from "pg";
import type { HttpScenario } from "./http-load";
import { SHEET_SCENARIO, sheetPairs } from "./bulk-sheets";
import { RUN_TAG } from "./run-tag";
import { actionHeaders, actionStatus, encodeActionArgs, findActionId, type EncodedAction } from "./server-actions";
import { inTransaction, type SqlScenario } from "./sql-floor";
import { APPLY_LATEST_SQL, APPROVE_SQL, AUDIT_APPEND_SQL, AUDIT_LOCK_SQL, DETAIL_SQL, SUBMIT_SQL, TREND_SQL, dashboardStatement, listStatement, reviewStatement } from "./sql-queries";
import { createRng } from "./random";
import { rotate } from "./stats";

export interface BenchIds {
  departmentId: number;
  /** The report /dashboard shows by default (newest year, then highest id). */
  newestReportId: number;
  commitmentIds: number[];
  /** Commitments officials may report on, with the official's department. */
  submittable: { commitmentId: number; kind: string; departmentId: number }[];
  submittedUpdateIds: number[];
  officials: { id: number; loginName: string; departmentId: number }[];
  reviewers: { id: number; loginName: string }[];
}

export const ADMIN_LOGIN = "bench.admin.1";
export const VIEWER_LOGIN = "bench.viewer.26";
const OFFICIAL_DEPARTMENTS = 10;
const REVIEWER_SESSIONS = 5;
/** Submissions per second during the "under writes" read scenarios: a busy afternoon of a province. */
const WRITES_PER_SECOND = 5;

function shuffled<T>(items: T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export async function loadIds(pool: pg.Pool): Promise<BenchIds> {
  const q = async <T>(sql: string, values: unknown[] = []) => (await pool.query(sql, values)).rows as T[];
  const officials = await q<{ id: number; loginName: string; departmentId: number }>(
    `SELECT DISTINCT ON ("departmentId") id, "loginName", "departmentId" FROM "User" WHERE role = 'OFFICIAL' AND "departmentId" <= $1 ORDER BY "departmentId", id`,
    [OFFICIAL_DEPARTMENTS],
  );
  const submittable = await q<{ commitmentId: number; kind: string; departmentId: number }>(
    `SELECT id AS "commitmentId", kind, "leadDepartmentId" AS "departmentId" FROM "Commitment" WHERE "leadDepartmentId" <= $1 AND status IN ('ACTIVE', 'COMPLETED') ORDER BY id`,
    [OFFICIAL_DEPARTMENTS],
  );
  return {
    departmentId: 2,
    newestReportId: (await q<{ id: number }>(`SELECT id FROM "Report" ORDER BY year DESC, id DESC LIMIT 1`))[0].id,
    commitmentIds: shuffled((await q<{ id: number }>(`SELECT id FROM "Commitment" ORDER BY id`)).map((r) => r.id), 1),
    submittable: shuffled(submittable, 2),
    submittedUpdateIds: shuffled((await q<{ id: number }>(`SELECT id FROM "ProgressUpdate" WHERE state = 'SUBMITTED' ORDER BY id`)).map((r) => r.id), 3),
    officials,
    reviewers: await q<{ id: number; loginName: string }>(`SELECT id, "loginName" FROM "User" WHERE role = 'REVIEWER' ORDER BY id LIMIT $1`, [REVIEWER_SESSIONS]),
  };
}

export function loginNames(ids: BenchIds): string[] {
  return [ADMIN_LOGIN, VIEWER_LOGIN, ...ids.reviewers.map((r) => r.loginName), ...ids.officials.map((o) => o.loginName)];
}

export interface Pair {
  key: string;
  label: string;
  /** Checked once before the load: a 404 means the page is not built yet. */
  probe: { path: string; cookie: string };
  http: HttpScenario;
  sql?: SqlScenario;
  /** Targets: p95 in ms, or submissions per second. */
  targetP95?: number;
  targetPerSecond?: number;
  /** Updates one request submits (a progress sheet's rows): its throughput is counted in updates. */
  updatesPerRequest?: number;
}

const DISTINCT_SUBMISSIONS = 6_000;

/** `wanted`: the scenarios to be run, when not all (the sheets are downloaded only for theirs). */
export async function buildPairs(appDir: string, base: string, ids: BenchIds, cookies: Map<string, string>, today: string, wanted?: string[]): Promise<Pair[]> {
  const cookie = (name: string) => cookies.get(name) ?? "";
  const admin = cookie(ADMIN_LOGIN);
  const viewer = cookie(VIEWER_LOGIN);
  const reviewerCookies = ids.reviewers.map((r) => cookie(r.loginName));
  const get = (path: string | (() => string), who: string) => () => ({ path: typeof path === "string" ? path : path(), headers: { cookie: who } });
  const sqlOf = (name: string, s: { text: string; values: unknown[] }): SqlScenario => ({ name, run: async (pool) => void (await pool.query(s.text, s.values)) });
  const nextDetail = rotate(ids.commitmentIds);
  const nextDetailSql = rotate(ids.commitmentIds);

  // Submissions: each goes to a commitment of the signing-in official's department.
  const officialOf = new Map(ids.officials.map((o) => [o.departmentId, o]));
  const submitId = findActionId(appDir, "app/(app)/commitments/[commitmentId]/actions.ts", "submitUpdateAction");
  const submissions: { path: string; encoded: EncodedAction; cookie: string }[] = [];
  // Every submission is a different reading (the app refuses one repeating a waiting update):
  // the commitments in turn, each time with another narrative; enough for 200/s from both ends.
  for (let i = 0; i < DISTINCT_SUBMISSIONS && ids.submittable.length > 0; i++) {
    const c = ids.submittable[i % ids.submittable.length];
    const fields = { commitmentId: String(c.commitmentId), asOf: "2023-12-30", narrative: `压测提交 ${RUN_TAG}-${i}`, ...(c.kind === "MILESTONE" ? { done: "false" } : { actualValue: String(10 + (i % 90)) }) };
    submissions.push({ path: `/commitments/${c.commitmentId}`, encoded: await encodeActionArgs(fields), cookie: cookie(officialOf.get(c.departmentId)?.loginName ?? "") });
  }
  const succeeded = (body: string) => actionStatus(body) === "success";
  const nextSubmission = rotate(submissions);
  // Reads while officials commit: every commit gives later requests a new snapshot, so the
  // snapshot cache misses once per commit and page (docs/performance.md).
  const nextBackground = rotate([...submissions].reverse());
  const writesWhileReading = (perSecond: number) => ({
    perSecond,
    send: async () => {
      const s = nextBackground();
      const response = await fetch(`${base}${s.path}`, { method: "POST", headers: actionHeaders(base, submitId, s.cookie, s.encoded), body: new Uint8Array(s.encoded.body), signal: AbortSignal.timeout(30_000) });
      return response.ok && succeeded(await response.text());
    },
  });
  const submitSql = rotate(ids.submittable);

  // Progress sheets: each official's own, downloaded from the app and filled in as in Excel.
  const sheets = !wanted || wanted.includes(SHEET_SCENARIO) ? await sheetPairs(appDir, base, ids.officials, cookie) : [];

  // Approvals consume submitted updates: the HTTP run and the SQL floor take disjoint halves.
  const half = Math.floor(ids.submittedUpdateIds.length / 2);
  const approveId = findActionId(appDir, "app/(app)/commitments/[commitmentId]/actions.ts", "approveUpdateAction");
  const httpApprovals = ids.submittedUpdateIds.slice(0, half);
  const sqlApprovals = ids.submittedUpdateIds.slice(half);
  let approvalIndex = 0;
  let sqlApprovalIndex = 0;
  const nextReviewer = rotate(reviewerCookies);
  const sqlReviewer = rotate(ids.reviewers.map((r) => r.id));

  return [
    // Framework floors, no Duban data: what any response costs on this machine. A static file is
    // served without rendering; /login is the smallest server-rendered page (no session, no
    // database). No page that renders can beat the second line.
    { key: "static", label: "floor: static file /icon.svg", probe: { path: "/icon.svg", cookie: "" }, http: { name: "static", next: get("/icon.svg", "") } },
    { key: "login", label: "floor: /login (smallest rendered page)", probe: { path: "/login", cookie: "" }, http: { name: "login", next: get("/login", "") } },
    { key: "home", label: "home / (report cards)", probe: { path: "/", cookie: admin }, http: { name: "home", next: get("/", admin) } },
    {
      key: "dashboard", label: "dashboard /dashboard", probe: { path: "/dashboard", cookie: admin }, http: { name: "dashboard", next: get("/dashboard", admin) },
      sql: {
        name: "dashboard",
        run: async (pool) => {
          const d = dashboardStatement(ids.newestReportId, today);
          await Promise.all([pool.query(d.text, d.values), pool.query(TREND_SQL, [ids.newestReportId, 2023])]);
        },
      },
      targetP95: 150,
    },
    {
      key: "list", label: `list /commitments?department=${ids.departmentId} (admin)`, probe: { path: `/commitments?department=${ids.departmentId}`, cookie: admin },
      http: { name: "list", next: get(`/commitments?department=${ids.departmentId}`, admin) },
      sql: sqlOf("list", listStatement({ department: String(ids.departmentId) }, today)), targetP95: 100,
    },
    {
      key: "listViewer", label: `list /commitments?department=${ids.departmentId} (viewer)`, probe: { path: `/commitments?department=${ids.departmentId}`, cookie: viewer },
      http: { name: "listViewer", next: get(`/commitments?department=${ids.departmentId}`, viewer) },
      sql: sqlOf("listViewer", listStatement({ department: String(ids.departmentId) }, today)), targetP95: 100,
    },
    {
      key: "listDeep", label: "list /commitments?page=150 (admin, offset 7450)", probe: { path: "/commitments?page=150", cookie: admin },
      http: { name: "listDeep", next: get("/commitments?page=150", admin) },
      sql: sqlOf("listDeep", listStatement({ page: "150" }, today)), targetP95: 100,
    },
    {
      key: "detail", label: "detail /commitments/<id> (viewer, rotating)", probe: { path: `/commitments/${ids.commitmentIds[0]}`, cookie: viewer },
      http: { name: "detail", next: get(() => `/commitments/${nextDetail()}`, viewer) },
      sql: { name: "detail", run: async (pool) => void (await pool.query(DETAIL_SQL, [nextDetailSql()])) }, targetP95: 100,
    },
    {
      key: "detailAdmin", label: "detail /commitments/<id> (admin, rotating)", probe: { path: `/commitments/${ids.commitmentIds[0]}`, cookie: admin },
      http: { name: "detailAdmin", next: get(() => `/commitments/${nextDetail()}`, admin) },
      sql: { name: "detailAdmin", run: async (pool) => void (await pool.query(DETAIL_SQL, [nextDetailSql()])) }, targetP95: 100,
    },
    {
      key: "review", label: "review queue /review (reviewer)", probe: { path: "/review", cookie: reviewerCookies[0] },
      http: { name: "review", next: get("/review", reviewerCookies[0]) }, sql: sqlOf("review", reviewStatement(today)),
    },
    {
      key: "submit", label: "submit update (server action POST /commitments/<id>)", probe: { path: submissions[0].path, cookie: submissions[0].cookie },
      http: {
        name: "submit", method: "POST", verifyBody: succeeded,
        next: () => {
          const s = nextSubmission();
          return { path: s.path, headers: actionHeaders(base, submitId, s.cookie, s.encoded), body: s.encoded.body };
        },
      },
      sql: {
        name: "submit",
        run: (pool) => inTransaction(pool, async (client) => {
          const c = submitSql();
          const author = officialOf.get(c.departmentId)?.id ?? 0;
          const { rows } = await client.query(SUBMIT_SQL, [c.commitmentId, author, "2023-12-30", c.kind === "MILESTONE" ? null : 42, c.kind === "MILESTONE" ? false : null, "压测提交", c.departmentId]);
          if (rows.length !== 1) throw new Error(`submit floor: commitment ${c.commitmentId} not in scope`);
          await client.query(AUDIT_LOCK_SQL);
          await client.query(AUDIT_APPEND_SQL, [author, "update.submit", String(rows[0].id)]);
        }),
      },
      targetPerSecond: 200,
    },
    {
      key: "approve", label: "approve update (server action POST /review)", probe: { path: "/review", cookie: reviewerCookies[0] },
      http: {
        name: "approve", method: "POST", verifyBody: succeeded,
        next: () => {
          const updateId = httpApprovals[approvalIndex++ % httpApprovals.length];
          const encoded = encodedApproval(updateId);
          return { path: "/review", headers: actionHeaders(base, approveId, nextReviewer(), encoded), body: encoded.body };
        },
      },
      sql: {
        name: "approve",
        run: (pool) => inTransaction(pool, async (client) => {
          const reviewer = sqlReviewer();
          const updateId = sqlApprovals[sqlApprovalIndex++ % sqlApprovals.length];
          const { rows } = await client.query(APPROVE_SQL, [updateId, reviewer]);
          if (rows.length !== 1) throw new Error(`approve floor: update ${updateId} already decided`);
          const u = rows[0];
          await client.query(APPLY_LATEST_SQL, [u.commitmentId, u.actualValue, u.percent, u.asOf, updateId]);
          await client.query(AUDIT_LOCK_SQL);
          await client.query(AUDIT_APPEND_SQL, [reviewer, "update.approve", String(updateId)]);
        }),
      },
    },
    // Last, so the submissions they add do not change what the scenarios above measure.
    {
      key: "dashboardUnderWrites", label: `dashboard /dashboard while officials submit ${WRITES_PER_SECOND} updates/s`, probe: { path: "/dashboard", cookie: admin },
      http: { name: "dashboardUnderWrites", next: get("/dashboard", admin), background: writesWhileReading(WRITES_PER_SECOND) }, targetP95: 150,
    },
    {
      key: "listUnderWrites", label: `list /commitments?department=${ids.departmentId} (admin) while officials submit ${WRITES_PER_SECOND} updates/s`, probe: { path: `/commitments?department=${ids.departmentId}`, cookie: admin },
      http: { name: "listUnderWrites", next: get(`/commitments?department=${ids.departmentId}`, admin), background: writesWhileReading(WRITES_PER_SECOND) }, targetP95: 100,
    },
    // After the reads under writes: its thousands of new updates must not change what they measure.
    ...sheets,
  ];
}

// Encoded synchronously (autocannon's setupRequest cannot wait): a fixed multipart layout.
const BOUNDARY = "----dubanbench7MA4YWxkTrZu0gW";
function encodedApproval(updateId: number): EncodedAction {
  const part = (name: string, value: string) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const body = part("_1_updateId", String(updateId)) + part("_1_note", "") + part("0", JSON.stringify([{ status: "idle" }, "$K1"])) + `--${BOUNDARY}--\r\n`;
  return { body: Buffer.from(body), contentType: `multipart/form-data; boundary=${BOUNDARY}` };
}
