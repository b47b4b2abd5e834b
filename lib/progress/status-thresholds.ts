// The numbers behind the status light, shared by the TypeScript rule (status-light.ts), its SQL
// mirror (status-light-sql.ts) and the sentence that explains it (explain-status-rule.ts), so the
// three cannot drift apart. All are whole numbers: both sides compare in integers and agree to
// the last digit.

import { isRateUnit, RATE_UNITS } from "@/lib/extract/units";

/**
 * 有风险 (AT_RISK) when the approved percent is more than this many points under the pace:
 * roughly one month of a year's work, the gap a monthly review should start asking about.
 */
export const AT_RISK_GAP_POINTS = 10;

/** 滞后 (BEHIND) when more than this many points under the pace: about a quarter's work. */
export const BEHIND_GAP_POINTS = 25;

/**
 * 尚未开始 (NOT_STARTED) while no update has been approved and less than this share (percent) of
 * the period has gone by: five weeks into a year nobody is late yet for not having reported.
 */
export const NOT_STARTED_ELAPSED_PERCENT = 10;

/**
 * Targets read as a rate or a ceiling at any moment of the year (增长7%, 控制在5.5%以内) rather
 * than built up over it: their pace is the whole target from the first figure on, and meeting it
 * early is "on track", not "completed", until a figure covers the deadline.
 */
export const RUNNING_COMPARATORS = ["GROWTH", "AT_MOST"] as const;

/**
 * Units of rates and shares and the test for one, the extractor's (one for both). A range is read as a running
 * target when it is a range of rates (地区生产总值增长6%—6.5%, stored as a RANGE in %; 下降2%—3%,
 * stored below zero): a reading of the moment, not a count built up. Rates are also what may fall
 * below zero (CPI −0.3%, 下降 0.5 个百分点), unlike counts. Not 倍, a multiple, which the
 * extractor reads as a rate of change only.
 */
export { isRateUnit, RATE_UNITS };

/**
 * An approved update older than this many days is flagged stale. Monthly statistics appear
 * around the middle of the next month, so a figure 45 days old is one report behind. Admins can
 * override it (Setting "staleDays"); this is the default.
 */
export const DEFAULT_STALE_DAYS = 45;
