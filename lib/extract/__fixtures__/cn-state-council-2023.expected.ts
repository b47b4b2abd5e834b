// State Council 2023: part 二 "对今年政府工作的建议" (the 2023 targets and work). Part 一
// reviews 2022 and the past five years: nothing there is a commitment. Not here:
// "千亿斤粮食产能提升行动" (a programme name), "再延长30年" (a duration), "一百年".

import { n, type Expected } from "./golden";

export const STATE_COUNCIL_2023_EXPECTED: Expected[] = [
  n("二", "国内生产总值增长5%左右", 5, "%", "growth"),
  n("二", "城镇新增就业1200万人左右", 1200, "万人", "approx"),
  n("二", "城镇调查失业率5.5%左右", 5.5, "%", "<="),
  n("二", "居民消费价格涨幅3%左右", 3, "%", "<="),
  n("二", "粮食产量保持在1.3万亿斤以上", 1.3, "万亿斤", ">="),
  n("二", "赤字率拟按3%", 3, "%", "="),
  n("二(一)", "地方政府专项债券3.8万亿元", 3.8, "万亿元", "="),
];
