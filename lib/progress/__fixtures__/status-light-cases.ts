// The status-light specification as a table, run against the TypeScript rule by
// status-light.test.ts and against its SQL mirror by tests/integration/status-light-sql.test.ts.
// Commitments from the Luoyang 2023 report; the pace starts on Jan 1 of the year of
// originalDeadline (the report year). 2023 has 364 days from Jan 1 to Dec 31, 2024 has 365.

import type { CommitmentKind, CommitmentStatus, Comparator } from "@/lib/generated/prisma/enums";
import type { StatusLight } from "../status-light";

export interface StatusLightCase {
  name: string;
  kind: CommitmentKind;
  comparator: Comparator | null;
  status: CommitmentStatus;
  originalDeadline: string;
  deadline: string;
  latestPercent: number | null;
  latestAsOf: string | null;
  unit: string | null;
  targetMin: number | null;
  today: string;
  expected: StatusLight;
}

type Row = [name: string, today: string, latestPercent: number | null, latestAsOf: string | null, expected: StatusLight, overrides?: Partial<StatusLightCase>];

/** 新增高标准农田11万亩, due at the end of 2023. */
const farmland = { kind: "NUMERIC", comparator: "EQUAL", status: "ACTIVE", originalDeadline: "2023-12-31", deadline: "2023-12-31", unit: "万亩", targetMin: null } as const;
/** 地区生产总值增长7%. */
const gdp = { ...farmland, comparator: "GROWTH" } as const;
/** 地区生产总值增长6%—6.5% (a range of rates), and a planned fall of 2—3万吨 (stored −3…−2: any unit). */
const gdpRange = { ...farmland, comparator: "RANGE", unit: "%", targetMin: 6 } as const;
/** The same range with its unit as an admin may type it: full-width percent, or per mille. */
const gdpRangeFullWidth = { ...gdpRange, unit: "％" } as const;
const birthRateRange = { ...gdpRange, unit: "‰", targetMin: 8 } as const;
const carbonFall = { ...farmland, comparator: "RANGE", unit: "万吨", targetMin: -3 } as const;
/** 城镇调查失业率控制在5.5%以内. */
const unemployment = { ...farmland, comparator: "AT_MOST" } as const;
/** 6月底前公交集团完成股权划转. */
const transfer = { kind: "MILESTONE", comparator: null, status: "ACTIVE", originalDeadline: "2023-06-30", deadline: "2023-06-30", unit: null, targetMin: null } as const;

const rows: Row[] = [
  ["a verified commitment is VERIFIED whatever its figures", "2024-02-01", null, null, "VERIFIED", { status: "VERIFIED" }],
  ["a missed target closed as not delivered is UNMET, whatever its figures", "2024-02-01", 60, "2023-12-31", "UNMET", { status: "UNMET" }],
  ["a withdrawn commitment is WITHDRAWN", "2023-05-01", 10, "2023-04-30", "WITHDRAWN", { status: "WITHDRAWN" }],
  ["a commitment marked completed is COMPLETED", "2023-05-01", 40, "2023-04-30", "COMPLETED", { status: "COMPLETED" }],
  ["farmland added in full by mid-year is COMPLETED", "2023-06-30", 100, "2023-06-20", "COMPLETED"],
  ["a level target without comparator, met, is COMPLETED", "2023-03-01", 100, "2023-02-28", "COMPLETED", { comparator: null }],
  ["5—8 labs with 5 built is COMPLETED", "2023-09-01", 100, "2023-08-31", "COMPLETED", { comparator: "RANGE" }],
  ["no update 19 days in is NOT_STARTED", "2023-01-20", null, null, "NOT_STARTED"],
  ["no update 36 days in (9.9% of the year) is NOT_STARTED", "2023-02-06", null, null, "NOT_STARTED"],
  ["no update 37 days in (10.2%) is AT_RISK at 0%", "2023-02-07", null, null, "AT_RISK"],
  ["no update by mid-April (28.6%) is BEHIND", "2023-04-15", null, null, "BEHIND"],
  ["45% at mid-year (49.5% due) is ON_TRACK", "2023-06-30", 45, "2023-06-30", "ON_TRACK"],
  ["35% at mid-year is AT_RISK", "2023-06-30", 35, "2023-06-30", "AT_RISK"],
  ["20% at mid-year is BEHIND", "2023-06-30", 20, "2023-06-30", "BEHIND"],
  ["exactly 10 points under pace (15% of 25%) is still ON_TRACK", "2023-04-02", 15, "2023-03-31", "ON_TRACK"],
  ["0.01 more under pace (14.99% of 25%) is AT_RISK", "2023-04-02", 14.99, "2023-03-31", "AT_RISK"],
  ["exactly 25 points under pace (25% of 50%) is AT_RISK", "2023-07-02", 25, "2023-06-30", "AT_RISK"],
  ["24.99% of 50% is BEHIND", "2023-07-02", 24.99, "2023-06-30", "BEHIND"],
  // The deadline day leaves no time to catch up: short of the target on it is BEHIND, not yet OVERDUE.
  ["90% on the deadline day is BEHIND, not overdue", "2023-12-31", 90, "2023-12-31", "BEHIND"],
  ["99.99% on the deadline day is BEHIND", "2023-12-31", 99.99, "2023-12-31", "BEHIND"],
  ["90% the day before the deadline is ON_TRACK (a day's pace)", "2023-12-30", 90, "2023-12-30", "ON_TRACK"],
  ["nothing approved by the deadline day is BEHIND", "2023-12-31", null, null, "BEHIND"],
  ["60% on the deadline day is BEHIND, not overdue", "2023-12-31", 60, "2023-12-31", "BEHIND"],
  ["90% the day after the deadline is OVERDUE", "2024-01-01", 90, "2023-12-31", "OVERDUE"],
  ["GDP growth 6.5% of 7% in April is ON_TRACK", "2023-04-20", 92.86, "2023-03-31", "ON_TRACK", gdp],
  ["GDP growth 6% of 7% is AT_RISK from the first figure", "2023-04-20", 85.71, "2023-03-31", "AT_RISK", gdp],
  ["GDP growth 5% of 7% is BEHIND", "2023-04-20", 71.43, "2023-03-31", "BEHIND", gdp],
  ["GDP growth met in the third quarter is ON_TRACK, not yet COMPLETED", "2023-10-20", 100, "2023-09-30", "ON_TRACK", gdp],
  ["GDP growth met by a figure as of the deadline is COMPLETED", "2023-12-31", 100, "2023-12-31", "COMPLETED", gdp],
  ["GDP growth without any figure in late February is AT_RISK", "2023-02-20", null, null, "AT_RISK", gdp],
  ["GDP growth of 6%—6.5% met in the third quarter is ON_TRACK, not yet COMPLETED", "2023-10-20", 100, "2023-09-30", "ON_TRACK", gdpRange],
  ["GDP growth of 6%—6.5% met by a figure as of the deadline is COMPLETED", "2023-12-31", 100, "2023-12-31", "COMPLETED", gdpRange],
  ["GDP growth of 6%—6.5% at 5.4% in April is ON_TRACK at 90% from the first figure", "2023-04-20", 90, "2023-03-31", "ON_TRACK", gdpRange],
  ["a range in ％ met in the third quarter is ON_TRACK, as in %", "2023-10-20", 100, "2023-09-30", "ON_TRACK", gdpRangeFullWidth],
  ["a range in ‰ at 80% in April is AT_RISK from the first figure", "2023-04-20", 80, "2023-03-31", "AT_RISK", birthRateRange],
  ["a fall of 2—3万吨 reached mid-year is ON_TRACK, not yet COMPLETED", "2023-07-20", 100, "2023-06-30", "ON_TRACK", carbonFall],
  ["a fall of 2—3万吨 reached, deadline passed, is COMPLETED", "2024-01-20", 100, "2023-11-30", "COMPLETED", carbonFall],
  ["unemployment under 5.5% in November, deadline passed, is COMPLETED", "2024-01-15", 100, "2023-11-30", "COMPLETED", unemployment],
  ["unemployment at 6% (91.67%) in May, over the ceiling, is AT_RISK though inside the gap", "2023-05-15", 91.67, "2023-04-30", "AT_RISK", unemployment],
  ["unemployment at 5.51% (99.82%) in May is AT_RISK: a breach however small", "2023-05-15", 99.82, "2023-04-30", "AT_RISK", unemployment],
  ["unemployment at 7.5% (73.33%) in May is BEHIND", "2023-05-15", 73.33, "2023-04-30", "BEHIND", unemployment],
  ["unemployment at 5.4% (met) in May is ON_TRACK", "2023-05-15", 100, "2023-04-30", "ON_TRACK", unemployment],
  ["a ceiling with no reading 19 days in is NOT_STARTED", "2023-01-20", null, null, "NOT_STARTED", unemployment],
  ["unemployment above the ceiling after the deadline is OVERDUE", "2024-01-15", 85, "2023-12-31", "OVERDUE", unemployment],
  ["a ceiling met with no as-of day, before the deadline, is ON_TRACK", "2023-08-01", 100, null, "ON_TRACK", unemployment],
  ["a ceiling met in November, read on the deadline day, is ON_TRACK (not yet covering the year)", "2023-12-31", 100, "2023-11-30", "ON_TRACK", unemployment],
  ["the bus group transfer done is COMPLETED", "2023-06-15", 100, "2023-06-15", "COMPLETED", transfer],
  ["the transfer not reported done on its deadline day is BEHIND", "2023-06-30", null, null, "BEHIND", transfer],
  ["the transfer not reported done the day before its deadline is ON_TRACK", "2023-06-29", null, null, "ON_TRACK", transfer],
  ["the transfer unreported two days in is ON_TRACK, never NOT_STARTED", "2023-01-03", null, null, "ON_TRACK", transfer],
  ["the transfer not done the day after is OVERDUE", "2023-07-01", 0, "2023-06-30", "OVERDUE", transfer],
  ["leap day: 6.17% on 2024-02-29 (16.16% due) is ON_TRACK", "2024-02-29", 6.17, "2024-02-29", "ON_TRACK", { originalDeadline: "2024-12-31", deadline: "2024-12-31" }],
  ["leap day: 6.16% on 2024-02-29 is AT_RISK", "2024-02-29", 6.16, "2024-02-29", "AT_RISK", { originalDeadline: "2024-12-31", deadline: "2024-12-31" }],
  ["a 2月底 deadline of 2024 is not overdue on Feb 29", "2024-02-29", 50, "2024-02-20", "BEHIND", { originalDeadline: "2024-02-29", deadline: "2024-02-29" }],
  ["a 2月底 deadline of 2024 is overdue on March 1", "2024-03-01", 50, "2024-02-20", "OVERDUE", { originalDeadline: "2024-02-29", deadline: "2024-02-29" }],
  ["a deadline moved before the start expects 100% at once", "2023-12-15", 80, "2023-12-01", "AT_RISK", { originalDeadline: "2024-06-30", deadline: "2023-12-31" }],
  ["a deadline before the start with no figure is BEHIND", "2023-12-15", null, null, "BEHIND", { originalDeadline: "2024-06-30", deadline: "2023-12-31" }],
  ["a deadline extended into next year paces over the longer period", "2023-12-31", 70, "2023-12-31", "ON_TRACK", { originalDeadline: "2023-06-30", deadline: "2024-03-31" }],
  ["before the report year begins, no update is NOT_STARTED", "2023-12-20", null, null, "NOT_STARTED", { originalDeadline: "2024-12-31", deadline: "2024-12-31" }],
];

export const STATUS_LIGHT_CASES: StatusLightCase[] = rows.map(([name, today, latestPercent, latestAsOf, expected, overrides]) => ({
  ...farmland,
  name,
  today,
  latestPercent,
  latestAsOf,
  expected,
  ...overrides,
}));
