// The status rule in plain sentences for the page that shows the lights. Built from the same
// constants as the rule, so changing a threshold changes the explanation with it.

import type { Locale } from "@/lib/i18n/translate";
import { AT_RISK_GAP_POINTS, BEHIND_GAP_POINTS, NOT_STARTED_ELAPSED_PERCENT } from "./status-thresholds";

/** The rule behind the status light, one sentence per item, in the order the rule applies them. */
export function explainStatusRule(locale: Locale): string[] {
  return locale === "zh" ? zhSentences() : enSentences();
}

function zhSentences(): string[] {
  return [
    "状态由审核通过的最新进度和今天的日期自动计算，不由人工填写。",
    "已核验：督查部门已核验的事项；已撤销：已撤销的事项。",
    "已完成：最新审核通过的完成率达到100%。增长率和“控制在……以内”类指标是某一时点的读数，数据覆盖到截止日期（或截止日期已过）时达标才算完成，此前达标显示为正常推进。",
    "已逾期：截止日期已过而目标未完成；截止日期当天不算逾期。",
    "节点类事项不按进度折算：截止日期前为正常推进，完成即为已完成，过期未完成为已逾期。",
    "应有进度：从当年1月1日到截止日期这段时间已过去的比例；增长率和上限类指标一有数据，应有进度即为100%。",
    `尚未开始：还没有审核通过的进度，且已过去的时间不到${NOT_STARTED_ELAPSED_PERCENT}%。此后仍无进度的，按0%计算。`,
    `滞后：完成率比应有进度低${BEHIND_GAP_POINTS}个百分点以上；有风险：低${AT_RISK_GAP_POINTS}个百分点以上；其余为正常推进。`,
  ];
}

function enSentences(): string[] {
  return [
    "The status is computed from the latest approved progress and today's date; nobody types it.",
    "Verified: checked and confirmed by the supervising office. Withdrawn: the commitment was withdrawn.",
    "Completed: the latest approved percent complete reaches 100%. Growth rates and ceilings (“within …”) are readings of a moment: meeting them counts as completed once a figure covers the deadline (or the deadline has passed); before that they show as on track.",
    "Overdue: the deadline has passed and the target is not met. The deadline day itself is not overdue.",
    "Milestones are not paced: on track until the deadline, completed when done, overdue when the deadline passes undone.",
    "Expected progress: the share of the time from January 1 of the report year to the deadline that has gone by. Growth rates and ceilings are expected at 100% as soon as they have a figure.",
    `Not started: no approved progress yet and less than ${NOT_STARTED_ELAPSED_PERCENT}% of the time gone by. After that, no progress counts as 0%.`,
    `Behind: more than ${BEHIND_GAP_POINTS} points below expected progress; at risk: more than ${AT_RISK_GAP_POINTS} points below; otherwise on track.`,
  ];
}
