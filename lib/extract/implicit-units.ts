// A bare 万 or 亿 after a figure ("不低于20.5万", "300亿规模基金群") leaves out what it counts; the
// indicator sometimes says it. Only names that can mean nothing else complete the unit: a number of
// people (人数) is 万人, a fund or a revenue is money (亿元). Anything else stays as written — a
// guessed unit is worse than a bare one.

import { BARE_MAGNITUDES } from "./units";

/** The noun a name ends with that counts people or households ("转移就业人数"). */
const COUNTED = /(人数|户数)$/;
/** Names of sums of money: a bare 亿 of these is 亿元. */
const MONEY = /基金|资金|投资|融资|贷款|债券|收入|营收|产值|增加值|销售额|成交额|交易额|零售额|税收|财政/;
/** …unless the name counts people or households who have it ("低收入人口", "农户"); 人均 is money. */
const PEOPLE = /人(?!均)|户|群体|群众|学生|游客/;
const BARE_MULTIPLIER = new RegExp(`^(?:${BARE_MAGNITUDES.join("|")})$`);

export function impliedUnit(indicator: string, unit: string | null): string | null {
  if (unit === null || !BARE_MULTIPLIER.test(unit)) return unit;
  const counted = COUNTED.exec(indicator);
  if (counted) return unit + counted[1].charAt(0);
  if (MONEY.test(indicator) && !PEOPLE.test(indicator)) return `${unit}元`;
  return unit;
}
