import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { executeAction, type ActionResult } from "@/lib/actions/execute-action";
import { submitBulkUpdates } from "@/lib/bulk-updates/submit-bulk-updates";
import { acceptImport } from "@/lib/imports/accept-import";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, db, department, reportWithCommitments } from "./support";

// Hostile form input, straight into the action wrapper as a hand-made request would arrive: the
// answer is always a result object, never an unexpected error (kind "error", which means an
// exception reached the wrapper), and a refusal writes nothing at all.

const PDF_BASE64 = Buffer.from("%PDF-1.4\n%%EOF\n").toString("base64");
const MZ_BASE64 = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]).toString("base64");
/** Strings a hostile author or a broken client sends. */
const HOSTILE = [
  "<script>alert(1)</script>",
  "\"><img src=x onerror=alert(1)>",
  "'; DROP TABLE \"User\"; --",
  "1; SELECT pg_sleep(10)",
  "x".repeat(1_000_000),
  "\ud800",
  "甲\udfff乙",
  "a\u0000b",
  "\u0000",
  "",
  "   ",
  "\u202e\u2066",
  "NaN",
  "Infinity",
  "1e309",
  "-0",
  "0x10",
  "1,000,000",
  "２０２３-０６-３０",
  "__proto__",
  "{\"constructor\":{\"prototype\":{}}}",
];
const BIG_IDS = [2 ** 31, 2 ** 53 - 1, 1e10];
/** [a readable name, the value] for one test per case. */
const named = <T>(values: T[]) => values.map((v): [string, T] => [JSON.stringify(typeof v === "string" && v.length > 40 ? `${v.slice(0, 20)}… (${v.length} chars)` : v), v]);

const hostileChar = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom("\u0000", "<", ">", "\"", "'", ";", "-", "\\", "报"),
);
const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: hostileChar, maxLength: 80 }));
const anything = fc.anything({ maxDepth: 2, maxKeys: 4 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

type Fixture = Awaited<ReturnType<typeof makeFixture>>;
let f: Fixture;

async function makeFixture() {
  const [mine, theirs] = [await department(), await department()];
  const official = await actorFor({ role: "OFFICIAL", departmentId: mine.id });
  const admin = await actorFor({ role: "ADMIN" });
  const { commitments } = await reportWithCommitments([
    { indicator: "敌意输入甲", targetValue: 100, leadDepartmentId: mine.id },
    { indicator: "敌意输入乙", kind: "MILESTONE", leadDepartmentId: mine.id },
  ]);
  const { commitments: foreign } = await reportWithCommitments([{ indicator: "他部门", leadDepartmentId: theirs.id }]);
  return { mine, official, admin, numeric: commitments[0], milestone: commitments[1], foreign: foreign[0] };
}

/**
 * Everything the fixture's actors could have written; a refusal's own record (another
 * department's commitment is "not found", and that is recorded) is not a write of theirs.
 */
async function written() {
  const commitmentId = { in: [f.numeric.id, f.milestone.id, f.foreign.id] };
  return {
    updates: await db.progressUpdate.count({ where: { commitmentId } }),
    evidence: await db.evidenceFile.count({ where: { update: { commitmentId } } }),
    audit: await db.auditEvent.count({ where: { actorId: { in: [f.official.id, f.admin.id] }, action: { notIn: ["action.denied", "action.notFound"] } } }),
    reports: await db.report.count({ where: { importedById: f.admin.id } }),
  };
}

/** The property every hostile request must satisfy; returns the result for further checks. */
async function expectContained<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const before = await written();
  let result: ActionResult<T> | undefined;
  let thrown: unknown;
  try {
    result = await run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, "executeAction threw instead of answering").toBeUndefined();
  expect(result).toHaveProperty("ok");
  if (result && !result.ok) {
    expect(result.kind, `unexpected error: ${result.message}`).not.toBe("error");
    expect(result.message).not.toMatch(/\n\s+at |prisma|Error:/i);
    expect(await written()).toEqual(before);
  }
  return result!;
}

beforeAll(async () => {
  f = await makeFixture();
});

describe("hostile progress updates", () => {
  const evidence = fc.oneof(
    fc.constant([]),
    fc.array(fc.record({ fileName: hostileString, base64: fc.oneof(fc.constant(PDF_BASE64), fc.constant(MZ_BASE64), hostileString) }), { maxLength: 6 }),
    anything,
  );
  const input = fc.oneof(
    { weight: 4, arbitrary: fc.record({
      commitmentId: fc.oneof(fc.constant(() => f.numeric.id), fc.constant(() => String(f.milestone.id)), fc.constant(() => f.foreign.id), fc.constantFrom(...BIG_IDS).map((n) => () => n), hostileString.map((s) => () => s)),
      asOf: fc.oneof(fc.constantFrom("2023-06-30", "2023-02-29", "0000-01-01", "9999-12-31"), hostileString),
      actualValue: fc.oneof(fc.double(), fc.constantFrom("60", "1e15", "1e16", "-1e15"), hostileString, anything),
      done: maybe(fc.oneof(fc.constantFrom("true", "false", true), hostileString)),
      narrative: fc.oneof({ weight: 3, arbitrary: hostileString }, anything),
      evidence: maybe(evidence),
      resubmitsId: maybe(fc.oneof(fc.constantFrom(...BIG_IDS), hostileString)),
      keepEvidenceIds: maybe(fc.oneof(fc.array(fc.oneof(fc.constantFrom(...BIG_IDS), fc.integer())), hostileString)),
    }, { requiredKeys: ["commitmentId", "asOf", "actualValue", "narrative"] }) },
    { weight: 1, arbitrary: anything.map((a) => ({ commitmentId: () => a })) },
  );

  async function check(raw: Record<string, unknown> & { commitmentId: () => unknown }) {
    const payload = { ...raw, commitmentId: raw.commitmentId() };
    const result = await expectContained(() => executeAction(submitUpdate, f.official, payload));
    if (result.ok) {
      const stored = await db.progressUpdate.findUniqueOrThrow({ where: { id: result.data.updateId } });
      // Stored as typed (trimmed), never escaped or mangled on the way in: escaping is the page's job.
      // A lone surrogate cannot be stored as UTF-8 and becomes U+FFFD, which is all that may change.
      expect(stored.narrative).toBe(String(raw.narrative).trim().toWellFormed());
      expect(stored.commitmentId).not.toBe(f.foreign.id);
    }
  }

  it.each(named(HOSTILE))("narrative %s on an otherwise valid update: stored verbatim or refused, never an exception", async (_, narrative) => {
    await check({ commitmentId: () => f.numeric.id, asOf: "2023-06-30", actualValue: "60", narrative });
  });

  it("evidence with hostile names and executable bytes: refused or stored under a clean name, never an exception", async () => {
    for (const fileName of HOSTILE) {
      await check({ commitmentId: () => f.numeric.id, asOf: "2023-06-30", actualValue: "60", narrative: "附件", evidence: [{ fileName, base64: PDF_BASE64 }] });
    }
    const refused = await expectContained(() => executeAction(submitUpdate, f.official, { commitmentId: f.numeric.id, asOf: "2023-06-30", actualValue: "60", narrative: "exe", evidence: [{ fileName: "报告.pdf", base64: MZ_BASE64 }] }));
    expect(refused).toMatchObject({ ok: false, kind: "invalid" });
  });

  it.each(named([...BIG_IDS, String(2 ** 31)]))("commitment id %s beyond a PostgreSQL integer is 'not found' or invalid, not an exception", async (_, commitmentId) => {
    await check({ commitmentId: () => commitmentId, asOf: "2023-06-30", actualValue: "60", narrative: "x" });
  });

  it.each(named(BIG_IDS))("resubmitsId / keepEvidenceIds %s beyond a PostgreSQL integer: refused, not an exception", async (_, id) => {
    await check({ commitmentId: () => f.numeric.id, asOf: "2023-06-30", actualValue: "60", narrative: "x", resubmitsId: id, keepEvidenceIds: [id] });
  });

  it("arbitrary input (property, 60 runs)", async () => {
    await fc.assert(fc.asyncProperty(input, check), { numRuns: 60 });
  });
});

/** A draft of its own per call, as startImport would leave it, without running the extractor. */
async function draft() {
  const text = `新增高标准农田11万亩。${randomUUID()}`;
  return db.importDraft.create({
    data: {
      title: `敌意导入 ${randomUUID()}`, issuer: `测试 ${randomUUID()}`, year: 2023, text, sourceHash: `hostile-${randomUUID()}`,
      sections: [{ code: "一", part: "一", title: "测试", order: 1, start: 0, end: text.length }], candidates: [], createdById: f.admin.id,
    },
  });
}

const candidate = (end: number) => ({
  key: "c0", section: "一", theme: null, kind: "numeric", start: 0, end, indicator: "新增高标准农田", value: 11, min: null, max: null, unit: "万亩",
  comparator: ">=", deadline: "2023-12-31", deadlineStated: true, leadDepartmentId: null, supportingDepartmentIds: [], responsibleUserId: null,
});

describe("hostile report imports", () => {
  const overrides = fc.record(
    {
      indicator: hostileString, theme: hostileString, unit: hostileString, section: hostileString, key: hostileString,
      value: fc.oneof(fc.double(), fc.constantFrom(1e20, 1e16, -1e16, 1e300)), min: fc.double(), max: fc.double(),
      deadline: fc.oneof(fc.constantFrom("0000-01-01", "9999-12-31", "2023-02-29"), hostileString),
      comparator: fc.constantFrom(">=", "range", "growth", null, "DROP"), kind: fc.constantFrom("numeric", "milestone", "<b>"),
      start: fc.oneof(fc.integer(), fc.constantFrom(...BIG_IDS)), end: fc.oneof(fc.integer(), fc.constantFrom(...BIG_IDS)),
      leadDepartmentId: fc.constantFrom(...BIG_IDS, -1, 0), supportingDepartmentIds: fc.array(fc.constantFrom(...BIG_IDS)),
      responsibleUserId: fc.constantFrom(...BIG_IDS, 1),
    },
    { requiredKeys: [] },
  );
  const request = fc.record({
    draftId: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, fc.constantFrom(...BIG_IDS), hostileString, anything),
    candidates: fc.oneof({ weight: 4, arbitrary: fc.array(overrides, { minLength: 1, maxLength: 3 }) }, hostileString.map((s) => ({ raw: s }))),
  });

  async function check(draftId: unknown, candidates: Record<string, unknown>[] | { raw: string }) {
    const d = await draft();
    const payload = {
      draftId: draftId ?? d.id,
      candidates: "raw" in candidates ? candidates.raw : JSON.stringify(candidates.map((o) => ({ ...candidate(d.text.length), ...o }))),
    };
    const result = await expectContained(() => executeAction(acceptImport, f.admin, payload));
    // A refused import keeps its draft; an accepted one consumed it.
    expect(await db.importDraft.count({ where: { id: d.id } })).toBe(result.ok && draftId === null ? 0 : 1);
  }

  it.each(named(HOSTILE))("indicator %s", async (_, indicator) => {
    await check(null, [{ indicator }]);
  });

  it.each(named(HOSTILE))("theme and unit %s", async (_, text) => {
    await check(null, [{ theme: text, unit: text.slice(0, 20) }]);
  });

  it.each(named([1e16, 1e20, 1e300, -1e300]))("target value %s beyond Decimal(20,4)", async (_, value) => {
    await check(null, [{ value }]);
  });

  it.each(named(["0000-01-01", "9999-12-31"]))("deadline %s", async (_, deadline) => {
    await check(null, [{ deadline }]);
  });

  it.each(named(BIG_IDS))("lead department id %s beyond a PostgreSQL integer", async (_, id) => check(null, [{ leadDepartmentId: id }]));
  it.each(named(BIG_IDS))("supporting department id %s beyond a PostgreSQL integer", async (_, id) => check(null, [{ supportingDepartmentIds: [id] }]));
  it.each(named(BIG_IDS))("responsible user id %s beyond a PostgreSQL integer", async (_, id) => check(null, [{ responsibleUserId: id }]));
  it.each(named(BIG_IDS))("draft id %s beyond a PostgreSQL integer", async (_, id) => check(id, [{}]));

  it("arbitrary input (property, 50 runs)", async () => {
    await fc.assert(fc.asyncProperty(request, ({ draftId, candidates }) => check(draftId, candidates)), { numRuns: 50 });
  });
});

describe("hostile bulk sheets", () => {
  const row = fc.record({
    row: fc.oneof(fc.integer({ min: 1, max: 5000 }), anything),
    id: fc.oneof(fc.constant("@numeric"), fc.constant("@milestone"), fc.constant("@foreign"), fc.constantFrom("99999999999", "2147483648", "1e3", " 1 ", "0x1"), hostileString),
    asOf: fc.oneof(fc.constantFrom("2023-06-30", "2023/06/30", "0000-01-01"), hostileString),
    actualValue: fc.oneof(fc.constantFrom("60", "1e15", "1e16"), hostileString),
    done: fc.oneof(fc.constantFrom("是", "否"), hostileString),
    narrative: fc.oneof({ weight: 3, arbitrary: hostileString }, fc.constant("正常进展")),
  });
  const resolve = (id: unknown) => (id === "@numeric" ? String(f.numeric.id) : id === "@milestone" ? String(f.milestone.id) : id === "@foreign" ? String(f.foreign.id) : id);

  async function check(rows: Record<string, unknown>[] | string) {
    const text = typeof rows === "string" ? rows : JSON.stringify(rows.map((r) => ({ ...r, id: resolve(r.id) })));
    const result = await expectContained(() => executeAction(submitBulkUpdates, f.official, { rows: text }));
    if (result.ok) expect(result.data.count).toBeGreaterThan(0);
  }

  it.each(named(HOSTILE))("narrative %s in an otherwise valid row", async (_, narrative) => {
    await check([{ row: 2, id: "@numeric", asOf: "2023-06-30", actualValue: "60", done: "", narrative }]);
  });

  it.each(named(["99999999999", "2147483648", "9007199254740993"]))("commitment id %s beyond a PostgreSQL integer", async (_, id) => {
    await check([{ row: 2, id, asOf: "2023-06-30", actualValue: "60", done: "", narrative: "x" }]);
  });

  it.each(named(HOSTILE))("%s as the whole rows payload", async (_, text) => {
    await check(text);
  });

  it.each(named([...HOSTILE, '{"id":"fr","asOf":"zh","actualValue":"zh","done":"zh","narrative":"zh"}', '{"id":"zh"}']))("%s as the headers' languages of an otherwise valid sheet", async (_, headerLanguages) => {
    const rows = JSON.stringify([{ row: 2, id: String(f.numeric.id), asOf: "2023-06-30", actualValue: "60", done: "", narrative: "表头" }]);
    const result = await expectContained(() => executeAction(submitBulkUpdates, f.official, { rows, headerLanguages }));
    expect(result).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("one commitment written twice in a sheet (as 7 and as 7.0) is refused as a duplicate", async () => {
    const base = { asOf: "2023-06-30", actualValue: "60", done: "", narrative: "重复" };
    const before = await written();
    const rows = [{ row: 2, id: String(f.numeric.id), ...base }, { row: 3, id: `${f.numeric.id}.0`, ...base }];
    expect(await executeAction(submitBulkUpdates, f.official, { rows: JSON.stringify(rows) })).toMatchObject({ ok: false, kind: "invalid" });
    expect(await written()).toEqual(before);
  });

  it("arbitrary input (property, 50 runs)", async () => {
    await fc.assert(fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: fc.array(row, { minLength: 1, maxLength: 4 }) }, hostileString), check), { numRuns: 50 });
  });
});
