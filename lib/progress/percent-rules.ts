// One rule per kind of target. Each returns the raw ratio of progress (1 = target reached) or
// null when the inputs cannot give one; percent-complete.ts picks the rule and does the rounding.
// No rule ever divides by zero: a zero distance to cover is decided by comparison instead.

/** How a rule saw the reading, before clamping for display. */
export interface RuleOutcome {
  raw: number;
  met: boolean;
}

/** Float noise ((0.3 − 0.1) / 0.2 = 0.9999999999999999) must not keep a reached target unmet. */
const MET_EPSILON = 1e-9;

function outcome(raw: number): RuleOutcome {
  return { raw, met: raw >= 1 - MET_EPSILON };
}

/**
 * A level to reach (达到68万户, 突破3300亿元) or a count to add (新增高标准农田11万亩, where the
 * actual is what has been added so far — the same formula with no baseline).
 * With a baseline the distance covered counts: (actual − baseline) / (target − baseline).
 * When target and baseline coincide there is nothing to cover: met once actual ≥ target.
 */
export function levelRule(actual: number, target: number, baseline: number | null): RuleOutcome {
  const from = baseline ?? 0;
  const distance = target - from;
  if (distance === 0) return outcome(actual >= target ? 1 : 0);
  return outcome((actual - from) / distance);
}

/**
 * A growth rate (地区生产总值增长7%, 城镇化率提高0.7个百分点): the growth achieved against the
 * growth promised, so 3.5% of a 7% target is 50%. Growth the wrong way gives a negative ratio
 * (0% once clamped). A decline target is written negative (−3 for 下降3%) and reads the same way.
 * A zero growth target (保持不降) is met as soon as the actual does not fall.
 */
export function growthRule(actual: number, target: number): RuleOutcome {
  if (target === 0) return outcome(actual >= 0 ? 1 : 0);
  return outcome(actual / target);
}

/**
 * A ceiling (城镇调查失业率控制在5.5%以内): met — 100%, raw 1 — while the actual stays at or under
 * it; being further under is not "more done". Above it the percent falls as ceiling / actual
 * (6% against 5.5% → 91.67%), so a small overshoot reads as nearly there and a large one as far
 * off (the status light calls any overshoot at risk at least: status-light.ts). A ceiling of
 * zero or below has no such ratio: any overshoot is 0%.
 */
export function ceilingRule(actual: number, ceiling: number): RuleOutcome {
  if (actual <= ceiling) return outcome(1);
  if (ceiling <= 0) return outcome(0);
  return outcome(ceiling / actual);
}

export interface RangeOutcome extends RuleOutcome {
  /** The actual has reached the top of the range (新建市级重点实验室5—8个: 8 built). */
  maxReached: boolean;
  /** The actual went past the top of the range: not a failure, but worth a look. */
  exceeded: boolean;
}

/**
 * A range (5—8个): the bottom of the range is the promise, so reaching it is 100% and met;
 * below it the level rule applies against the minimum. Reaching the top is noted separately.
 * Bounds written the wrong way round (8—5) are read sorted; a missing top means none.
 *
 * A range of fall (二氧化碳排放下降2%—3%, stored as −3 … −2 like every planned fall) promises
 * the smaller fall: it is a growth rate read downwards, met once the actual falls by 2% (−2),
 * with the larger fall (−3) as its top.
 */
export function rangeRule(actual: number, min: number, max: number | null, baseline: number | null): RangeOutcome {
  const low = max === null ? min : Math.min(min, max);
  const high = max === null ? null : Math.max(min, max);
  if (high !== null && low < 0 && high <= 0) return fallRangeRule(actual, low, high);
  if (high !== null && low < 0 && high > 0) return bandRule(actual, low, high);
  return {
    ...levelRule(actual, low, baseline),
    maxReached: high !== null && actual >= high,
    exceeded: high !== null && actual > high,
  };
}

/**
 * A band across zero (−1%—1%, e.g. a price change kept within it): met from its floor up; below
 * the floor the percent falls as floor / actual (−2 against −1 → 50%), as a ceiling's does.
 */
function bandRule(actual: number, floor: number, top: number): RangeOutcome {
  return { ...outcome(actual >= floor ? 1 : floor / actual), maxReached: actual >= top, exceeded: actual > top };
}

/** −3 … −2: the promise is −2 (a zero top promises no rise), the top of the range is −3. */
function fallRangeRule(actual: number, largestFall: number, smallestFall: number): RangeOutcome {
  const reached = smallestFall === 0 ? outcome(actual <= 0 ? 1 : 0) : outcome(actual / smallestFall);
  return { ...reached, maxReached: actual <= largestFall, exceeded: actual < largestFall };
}

/** A milestone (6月底前公交集团完成股权划转): done or not, nothing in between. */
export function milestoneRule(done: boolean): RuleOutcome {
  return outcome(done ? 1 : 0);
}
