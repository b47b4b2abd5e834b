// Percents that are shares of a thing:
//   "“达标集镇”“示范集镇”“精品集镇”分别达到25%、10%、5%" → «“达标集镇”占比» ≥ 25%
//   "其他三级公立医院50%的门诊预约号源…"                → a percent written before its noun

import { isChangeRate } from "./comparators";
import type { Quantity } from "./quantities";

/**
 * The word that makes a name a measure a percent can be of: a rate (率, 比重, 比例, 占比, 涨幅 …), a
 * degree (强度, 进度, 水平 …), an amount (量, 额, 值, 收入, 规模 …), or a change (增长 …).
 */
const MEASURE_WORD = /(?:率|比重|比例|占比|强度|进度|幅|增速|速度|水平|程度|量|额|值|度|指数|份额|系数|增长|下降|降低|提高|成本|收入|支出|规模|面积|数|GDP|赤字|标准)$/;
/** A verb of what is done to a thing: "秸秆综合利用95%" is a rate of use, not a share of 秸秆综合利用. */
const DOING_WORD = /(?:利用|处理|回收|处置|达标|覆盖|完成|治理|使用|应用|接入|办理|办结|通过|入学|入园|投放|上线|联网|改造|建设|验收|减免|参保|参加|签约|就业)$/;

/**
 * "“达标集镇”“示范集镇”“精品集镇”分别达到25%、10%、5%": a percent of a counted thing is its share
 * («“达标集镇”占比»), not 25% of 达标集镇. Only a level written after the name (a growth is a
 * rate already), when the name ends in a thing, not a measure or a verb, and says no 占 of its own. A percent written before
 * its noun ("50%的门诊预约号源…") names its share in its own words and does not come here.
 */
export function asShare(indicator: string, q: Quantity, verbPrefix: string): string {
  if (q.unit !== "%" || isChangeRate(q, verbPrefix)) return indicator;
  const name = indicator.replace(/[”"’」』）)]+$/, "");
  // "示范村占行政村总数", "民营企业占全部企业": a share written out already.
  if (!/[\u4e00-\u9fff]$/.test(name) || MEASURE_WORD.test(name) || DOING_WORD.test(name) || name.includes("占")) return indicator;
  return `${indicator}占比`;
}

/** "50%的门诊预约号源": a percent written before its noun. */
export function isShareBeforeNoun(clause: string, q: Quantity): boolean {
  return q.unit === "%" && /^\s*的/.test(clause.slice(q.end));
}

/** What may stand between a measure and its figure ("资产负债率在70%以上的企业"). */
const BEFORE_FIGURE = /(?:在|为|达到|超过|\s)+$/;

/**
 * "覆盖80%以上的行政村", "推动90%以上的政务服务事项网上可办": at least a share of the noun after
 * 的, a floor to reach — not a threshold that sizes a category, as a measure written right before
 * the figure makes it ("营业收入增长10%以上的企业", "资产负债率70%以上的企业": which firms).
 */
export function isShareFloorBeforeNoun(clause: string, q: Quantity, before: string): boolean {
  return q.qualifier === "以上" && isShareBeforeNoun(clause, q) && !MEASURE_WORD.test(before.replace(BEFORE_FIGURE, ""));
}
