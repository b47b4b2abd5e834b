// How a target compares with the value written: at least, at most, about, a growth rate…

import type { Comparator } from "./types";
import type { Quantity } from "./quantities";
import { isRateOfChangeUnit, PER_PERIOD } from "./units";

/** Verbs that make the number a rate of change ("增长7%", "提高0.7个百分点"). */
const GROWTH_VERB = /(?:增长|增加|提高|提升|上升|下降|降低|减少|减少了|回落|增速为?)\s*$/;

/**
 * A verb of reduction to a level ("压降到50家", "降至", "减少到", "压缩至", "缩减到"): the figure is a
 * ceiling, and the verb is no part of the name ("资产负债率70%以上的企业压降到50家" → …企业 ≤ 50家).
 */
export const REDUCED_TO = "(?:下降|降低|压降|压减|压缩|缩减|缩短|减少|降|减)(?:到|至)";
/**
 * Words that make the figure after them a floor ("超过", "超3000亿元", "不少于", "至少" …; not 赶超):
 * one list, for the comparator and for the names they are no part of (indicator.ts).
 */
export const AT_LEAST_WORDS = "超过|(?<!赶)超|逾|突破|不少于|不低于|至少|多于";
/** An at-least word, a threshold passed (跨越, 迈上 … 关口), or a margin over a reference (高于全省…). */
const AT_LEAST_PREFIX = new RegExp(`(?:${AT_LEAST_WORDS}|跨越|跨过|迈上|站上|高于[^，。；]{0,6}?|大于)\\s*$`);
const AT_MOST_PREFIX = new RegExp(`(?:控制在|不超过|不高于|低于|至多|少于|控制到|${REDUCED_TO})\\s*$`);
/**
 * 高达 / 长达 / 多达 / 远达 ("as much as"): a size stated, reached as with 达, the adjective no part
 * of the name ("投资高达100亿元" → 投资, "新建绿道长达10公里" → 新建绿道). Not where the adjective
 * ends a word of its own (全长达, 延长达, 增长达, 提高达, and a measure's noun: 桥长, 时长, 坝高, 标高,
 * 身高 — only the 达 goes), nor after 最 ("up to").
 */
export const AS_MUCH_AS = "(?<![提最增延成生全总加拉])(?:(?<![桥时])长|(?<![坝标身])高|[多远])达";
/**
 * 达到, 达至, and 达 alone, which says the same ("达7万亿元", "高达100亿元"): not the 达 ending
 * another verb (下达 funds issued, 传达, 抵达 …), nor 最高达 ("up to", a figure as it is; 增长达 is
 * a growth reaching a rate, GROWTH_HELD).
 */
const REACHED = "达到|达至|(?<![下传表抵送转通直发])(?<!最[高长多远])达";
/**
 * A level raised to or reached ("换乘比例提高到90%", "提升至", "增加到", "力争达到400亿千瓦时",
 * "算力达到42P"): the target is met at the figure or above, a floor. 力争 weakens the promise,
 * not the comparator. A growth verb holding a rate ("增长达到6%") is GROWTH_HELD, checked first;
 * with 左右 the figure stays approx ("提升至35%左右").
 */
const RAISED_TO = new RegExp(`(?:(?:提高|提升|增加|增长|扩大|上升|升|增)(?:到|至)|${REACHED})\\s*$`);
/** Checked before AT_MOST_PREFIX, which would otherwise read "不低于" as "低于". */
const NOT_LESS_THAN = /(?:不低于|不少于)\s*$/;
/**
 * A word of approximation right before a figure: "游客约3000万人次", "农户近3000户", "将近", "接近" — but
 * not the 约 of 签约, 节约, 预约 … nor the 近 of 附近, 就近, 最近 …. The figure is about so much, as
 * with 左右 (approx); the word is no part of the name.
 */
export const APPROX_WORD = "大约|将近|接近|(?<![签节制契履违预集简公条合邀相特盟守毁解缔践])约|(?<![附最就临邻靠贴亲])近";
const APPROX_PREFIX = new RegExp(`(?:${APPROX_WORD})\\s*$`);

/** 以上, or 余 / 多 between the number and its unit ("2000余家", "100多个"): more than the number, a floor. */
const isFloorQualifier = (qualifier: string | null) => qualifier === "以上" || qualifier === "余" || qualifier === "多";

/**
 * Indicators a government keeps down, named right before their number (or with 为/在/保持在
 * between): unemployment and price rises. "城镇调查失业率5.5%左右", "居民消费价格涨幅3%" promise a
 * ceiling, not a level to reach (a 0.2% price rise is not 7% of the way to 3%). Not every 涨幅:
 * 最低工资标准涨幅 is a rise wanted.
 */
const KEPT_DOWN = /(?:失业率|价格涨幅|物价涨幅|房价涨幅)(?:为|在|保持在|稳定在)?\s*$/;

/**
 * A share reached by what covers or benefits ("覆盖二级以上医疗机构97%的门诊量", "惠及80%的农户"): the
 * target is met at the share or above, a floor. Not a rate named 覆盖率 or 覆盖面.
 */
const REACHED_SHARE = /(?:覆盖|惠及)(?![率面])[^，,；;。]{0,20}$/;

/**
 * "增长超10%", "下降超过3%", "增长近3倍", "减少近20%": the growth verb behind an "at least" word or a
 * word of approximation still makes a rate.
 */
const AT_LEAST_WORD = new RegExp(`(?:${AT_LEAST_WORDS}|${APPROX_WORD})\\s*$`);
const verbPart = (prefix: string) => prefix.replace(AT_LEAST_WORD, "");

/** Verbs of a fall: "能耗降低3%" is a growth rate of −3. */
const DECREASE_VERB = /(?:下降|降低|减少|减少了|回落)\s*$/;

/**
 * A growth verb before a verb of holding ("工业增加值增长保持在6%左右", "增长稳定在5%"): the figure
 * is still the rate of growth, not a level of 6%. Not 提高到 / 增长到, which name a level.
 */
const GROWTH_HELD = new RegExp(`(?:增长|上涨)\\s*(?:保持在|稳定在|保持|${REACHED})\\s*$`);

/**
 * A growth verb before a ceiling ("单位生产总值能耗增长控制在3%左右", "能耗增长不超过3%"): a limit on
 * the rate of growth. The comparator is the ceiling's (<=), so the verb has to stay in the name,
 * or the target would read as 能耗 ≤ 3%.
 */
const GROWTH_CAPPED = /(增长|上涨|上升)\s*(?:控制在|控制到|不超过|不高于|低于)\s*$/;

/**
 * −1 when the number is a rate of fall ("单位生产总值能耗降低3%", "下降0.5个百分点"), else 1.
 * The value then carries the sign: a growth target of −3 means "fall by 3".
 */
export function signFor(q: Quantity, prefix: string): 1 | -1 {
  return isRateOfChangeUnit(q.unit) && DECREASE_VERB.test(verbPart(prefix)) ? -1 : 1;
}

/** The quantity with the sign of its verb: "降低3%" → −3 ("下降2%—3%" → −3 … −2). */
export function signed(q: Quantity, prefix: string): Quantity {
  if (signFor(q, prefix) === 1) return q;
  const flip = (n: number | null) => (n === null ? null : -n);
  return { ...q, value: -q.value, min: flip(q.max), max: flip(q.min) };
}

/** Whether the figure is a rate of change ("增长7%", "下降2%—3%", "增长保持在6%"), a range included. */
export function isChangeRate(q: Quantity, prefix: string): boolean {
  return isRateOfChangeUnit(q.unit) && (GROWTH_VERB.test(verbPart(prefix)) || GROWTH_HELD.test(prefix));
}

/** The growth verb a ceiling on a rate keeps in its name ("增长" of "能耗增长控制在3%"), or "". */
export function cappedGrowthVerb(q: Quantity, prefix: string): string {
  if (!isRateOfChangeUnit(q.unit)) return "";
  return GROWTH_CAPPED.exec(prefix)?.[1] ?? "";
}

/**
 * The name of a rate of fall without its verb ("单位生产总值能耗降低" → "单位生产总值能耗"): the
 * negative value says it falls, and the target is shown as "下降 3%" — the verb in the name
 * would say it twice. A name that is nothing but the verb keeps it.
 */
export function withoutFallVerb(indicator: string): string {
  const stripped = indicator.replace(DECREASE_VERB, "").trimEnd();
  return stripped.length > 0 ? stripped : indicator;
}

/**
 * `prefix` is the clause text written before the number. A growth rate keeps "growth"
 * even when qualified (增长6%左右, 增长10%以上): the value is a rate, which is what the
 * tracker has to compare. "控制在3%左右" and an indicator kept down (KEPT_DOWN) with 左右 are
 * ceilings: the 左右 softens the limit, it does not make the figure a level to reach. A level
 * raised to or reached (RAISED_TO) is a floor.
 */
export function comparatorFor(q: Quantity, written: string): Comparator {
  if (q.min !== null && q.max !== null) return "range";
  // "提高到每月800元": the verb before the period decides.
  const prefix = written.replace(PER_PERIOD, "");
  if (isChangeRate(q, prefix)) return "growth";
  if (KEPT_DOWN.test(prefix) && q.qualifier !== "以上") return "<=";
  if (q.qualifier === "左右" || q.qualifier === "上下" || APPROX_PREFIX.test(prefix)) {
    return AT_MOST_PREFIX.test(prefix) ? "<=" : "approx";
  }
  if (NOT_LESS_THAN.test(prefix)) return ">=";
  if (q.qualifier === "以内" || q.qualifier === "之内" || q.qualifier === "以下" || q.qualifier === "内") return "<=";
  if (AT_MOST_PREFIX.test(prefix)) return "<=";
  if (isFloorQualifier(q.qualifier) || AT_LEAST_PREFIX.test(prefix) || RAISED_TO.test(prefix)) return ">=";
  if (q.unit === "%" && REACHED_SHARE.test(prefix)) return ">=";
  return "=";
}
