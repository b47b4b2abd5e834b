// The bench data as column arrays, built in memory from one seed: departments, users, reports
// with sections and commitments, and a year of progress updates. generate-data.ts loads them.
import { createHash } from "node:crypto";
import { LUOYANG_DEPARTMENTS } from "@/lib/departments/luoyang-departments";
import { percentComplete } from "@/lib/progress/percent-complete";
import { createRng, type Rng } from "./random";
import { CITIES, EXTRA_DEPARTMENTS, MILESTONES, NARRATIVES, NUMERIC_INDICATORS, RETURN_NOTES, SECTION_NUMERALS, SECTION_TITLES } from "./vocabulary";

export const SCALE = {
  departments: 60,
  reports: 50,
  sectionsPerReport: 10,
  commitmentsPerReport: 200,
  updates: 500_000,
  admins: 5,
  reviewers: 20,
  viewers: 20,
  users: 1000,
} as const;

export type Columns = Record<string, unknown[]>;
const YEAR = 2023;
const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(YEAR, 0, 1);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const round = (n: number, digits: number) => Number(n.toFixed(digits));

export interface BenchModel {
  departments: Columns;
  users: Columns;
  reports: Columns;
  sections: Columns;
  commitments: Columns;
  supports: Columns;
  updates: Columns;
  /** Officials of each department, to sign in as the lead of a commitment. */
  officialsByDepartment: Map<number, number[]>;
}

function push(cols: Columns, row: Record<string, unknown>) {
  for (const [k, v] of Object.entries(row)) (cols[k] ??= []).push(v);
}

export function buildModel(seed: number, passwordHash: string, now: Date): BenchModel {
  const rng = createRng(seed);
  const stamp = now.toISOString();
  const departments: Columns = {};
  const names = [...new Set([...LUOYANG_DEPARTMENTS.map((d) => d.name), ...EXTRA_DEPARTMENTS])].slice(0, SCALE.departments);
  if (names.length < SCALE.departments) throw new Error(`only ${names.length} department names`);
  names.forEach((name, i) => push(departments, { id: i + 1, code: `D${String(i + 1).padStart(2, "0")}`, name, updatedAt: stamp }));

  const users: Columns = {};
  const officialsByDepartment = new Map<number, number[]>();
  const roleOf = (i: number) =>
    i < SCALE.admins ? "ADMIN" : i < SCALE.admins + SCALE.reviewers ? "REVIEWER" : i < SCALE.admins + SCALE.reviewers + SCALE.viewers ? "VIEWER" : "OFFICIAL";
  for (let i = 0; i < SCALE.users; i++) {
    const role = roleOf(i);
    const id = i + 1;
    const departmentId = role === "OFFICIAL" ? (i % SCALE.departments) + 1 : null;
    if (departmentId) officialsByDepartment.set(departmentId, [...(officialsByDepartment.get(departmentId) ?? []), id]);
    push(users, { id, loginName: `bench.${role.toLowerCase()}.${id}`, displayName: `${role === "OFFICIAL" ? "经办人" : role === "REVIEWER" ? "审核员" : role === "VIEWER" ? "查看者" : "管理员"}${id}号`, passwordHash, role, departmentId, updatedAt: stamp });
  }
  const reviewers = Array.from({ length: SCALE.reviewers }, (_, i) => SCALE.admins + i + 1);

  const reports: Columns = {};
  const sections: Columns = {};
  const commitments: Columns = {};
  const supports: Columns = {};
  let commitmentId = 0;
  for (let r = 0; r < SCALE.reports; r++) {
    const reportId = r + 1;
    const city = CITIES[r % CITIES.length];
    let text = `${YEAR}年${city}市政府工作报告\n各位代表：\n三、${YEAR}年重点工作\n`;
    for (let s = 0; s < SCALE.sectionsPerReport; s++) {
      const sectionId = r * SCALE.sectionsPerReport + s + 1;
      const title = SECTION_TITLES[s % SECTION_TITLES.length];
      const start = text.length;
      text += `（${SECTION_NUMERALS[s]}）${title}。\n`;
      const perSection = SCALE.commitmentsPerReport / SCALE.sectionsPerReport;
      for (let k = 0; k < perSection; k++) {
        const c = buildCommitment(rng, ++commitmentId, reportId, sectionId, s * perSection + k + 1);
        const lead = `围绕${title}，`;
        const quoteStart = text.length + lead.length;
        text += `${lead}${c.quote}，确保按期完成。\n`;
        push(commitments, { ...c, quoteStart, quoteEnd: quoteStart + c.quote.length, updatedAt: stamp });
        const others = new Set<number>();
        const count = rng.weighted([[0, 35], [1, 35], [2, 20], [3, 10]] as const);
        while (others.size < count) {
          const d = rng.int(1, SCALE.departments);
          if (d !== c.leadDepartmentId) others.add(d);
        }
        for (const d of others) push(supports, { commitmentId: c.id, departmentId: d });
      }
      push(sections, { id: sectionId, reportId, code: `三(${SECTION_NUMERALS[s]})`, part: "三", title, order: s + 1, start, end: text.length - 1 });
    }
    push(reports, { id: reportId, title: `${YEAR}年${city}市政府工作报告`, issuer: `${city}市人民政府`, year: YEAR, deliveredOn: `${YEAR}-01-${String(5 + (r % 20)).padStart(2, "0")}`, sourceText: text, sourceHash: createHash("sha256").update(text).digest("hex") });
  }

  const updates = buildUpdates(rng, commitments, officialsByDepartment, reviewers);
  return { departments, users, reports, sections, commitments, supports, updates, officialsByDepartment };
}

function buildCommitment(rng: Rng, id: number, reportId: number, sectionId: number, position: number) {
  const milestone = rng.chance(0.25);
  const deadlineStated = rng.chance(0.4);
  const deadline = deadlineStated ? isoDay(Date.UTC(YEAR, rng.int(2, 11) + 1, 0)) : `${YEAR}-12-31`;
  const leadDepartmentId = rng.chance(0.03) ? null : rng.int(1, SCALE.departments);
  const status = rng.weighted([["ACTIVE", 90], ["COMPLETED", 5], ["VERIFIED", 3], ["WITHDRAWN", 2]] as const);
  const base = { id, reportId, sectionId, position, deadline, originalDeadline: deadline, deadlineStated, leadDepartmentId, status };
  if (milestone) {
    const indicator = rng.pick(MILESTONES);
    const quote = deadlineStated ? `${Number(deadline.slice(5, 7))}月底前${indicator}` : indicator;
    return { ...base, kind: "MILESTONE", indicator, quote, unit: null, comparator: null, targetValue: null, targetMin: null, targetMax: null };
  }
  const t = rng.pick(NUMERIC_INDICATORS);
  const digits = t.unit === "%" ? 1 : 0;
  const value = round(t.min + rng.next() * (t.max - t.min), digits);
  const range = t.comparator === "RANGE";
  const targetMin = range ? value : null;
  const targetMax = range ? round(value * 1.5, digits) : null;
  const targetValue = range ? null : value;
  const suffix = { AT_LEAST: "以上", AT_MOST: "以内", EQUAL: "", GROWTH: "", APPROX: "左右", RANGE: "" }[t.comparator];
  const quote = range ? `${t.name}${targetMin}-${targetMax}${t.unit}` : `${t.name}${value}${t.unit}${suffix}`;
  return { ...base, kind: "NUMERIC", indicator: t.name, quote, unit: t.unit, comparator: t.comparator, targetValue, targetMin, targetMax, originalTargetValue: targetValue, originalTargetMin: targetMin, originalTargetMax: targetMax };
}

/** ~50 updates per commitment spread over the year, 80% approved, the rest submitted or returned. */
function buildUpdates(rng: Rng, commitments: Columns, officials: Map<number, number[]>, reviewers: number[]): Columns {
  const n = commitments.id.length;
  const counts = Array.from({ length: n }, () => rng.int(30, 70));
  let diff = SCALE.updates - counts.reduce((s, c) => s + c, 0);
  for (let guard = 0; diff !== 0 && guard < 10 * SCALE.updates; guard++) {
    const i = rng.int(0, n - 1);
    if (diff > 0) {
      counts[i]++;
      diff--;
    } else if (counts[i] > 1) {
      counts[i]--;
      diff++;
    }
  }
  const updates: Columns = {};
  let id = 0;
  for (let i = 0; i < n; i++) {
    const kind = commitments.kind[i] as "NUMERIC" | "MILESTONE";
    const target = {
      kind,
      comparator: commitments.comparator[i] as never,
      targetValue: commitments.targetValue[i] as number | null,
      targetMin: commitments.targetMin[i] as number | null,
      targetMax: commitments.targetMax[i] as number | null,
      baseline: null,
      unit: commitments.unit[i] as string | null,
    };
    const goal = (target.targetValue ?? target.targetMin ?? 1) * (0.6 + rng.next() * 0.6);
    const lead = commitments.leadDepartmentId[i] as number | null;
    const authors = officials.get(lead ?? rng.int(1, SCALE.departments)) ?? [SCALE.users];
    const days = Array.from({ length: counts[i] }, () => rng.int(0, 364)).sort((a, b) => a - b);
    for (const [k, day] of days.entries()) {
      const progress = (k + 1) / counts[i];
      const running = target.comparator === "GROWTH" || target.comparator === "AT_MOST" || target.comparator === "APPROX";
      const actualValue = kind === "MILESTONE" ? null : round(running ? goal * (0.8 + 0.4 * rng.next()) : goal * progress, 2);
      const done = kind === "MILESTONE" ? progress > 0.9 && rng.chance(0.5) : null;
      const percent = percentComplete(target, { actualValue, done })?.percent ?? null;
      const drawn = rng.weighted([["APPROVED", 80], ["SUBMITTED", 10], ["RETURNED", 10]] as const);
      // Nothing waits for review on a closed commitment (verification needs the queue decided
      // first): drawn the same way, so the rest of the data stays what the seed made it.
      const closed = commitments.status[i] === "VERIFIED" || commitments.status[i] === "WITHDRAWN";
      const state = drawn === "SUBMITTED" && closed ? "APPROVED" : drawn;
      const created = YEAR_START + day * DAY_MS + DAY_MS + rng.int(8, 18) * 3_600_000;
      const reviewed = state === "SUBMITTED" ? null : new Date(created + rng.int(1, 72) * 3_600_000).toISOString();
      push(updates, {
        id: ++id,
        commitmentId: commitments.id[i],
        authorId: authors[k % authors.length],
        asOf: isoDay(YEAR_START + day * DAY_MS),
        actualValue,
        done,
        percent,
        narrative: NARRATIVES[(i + k) % NARRATIVES.length],
        state,
        reviewerId: state === "SUBMITTED" ? null : reviewers[(i + k) % reviewers.length],
        reviewNote: state === "RETURNED" ? RETURN_NOTES[k % RETURN_NOTES.length] : null,
        reviewedAt: reviewed,
        createdAt: new Date(created).toISOString(),
        updatedAt: reviewed ?? new Date(created).toISOString(),
      });
    }
  }
  return updates;
}
