// The status rule in plain sentences for the page that shows the lights. Built from the same
// constants as the rule, so changing a threshold changes the explanation with it, and from the
// badges' own labels, so the sentences name each state with the word the badge shows.

import { translator, type Locale } from "@/lib/i18n/translate";
import type { StatusLight as Light } from "./status-light";
import { AT_RISK_GAP_POINTS, BEHIND_GAP_POINTS, NOT_STARTED_ELAPSED_PERCENT } from "./status-thresholds";

/** The rule behind the status light, one sentence per item, in the order the rule applies them. */
export function explainStatusRule(locale: Locale): string[] {
  const t = translator(locale);
  const words = {
    // Quoted as each language quotes: English in straight quotes, which a Chinese face (first in
    // the pages' fonts: PingFang SC, Noto Sans CJK SC) does not draw full width as it may “”.
    light: (l: Light) => (locale === "zh" ? `“${t(`light.${l}`)}”` : `"${t(`light.${l}`)}"`),
    deadline: t("commitments.deadline"),
    milestone: t("commitments.milestone"),
    expected: t("detail.chartExpected"),
  };
  return locale === "zh" ? zhSentences(words) : enSentences(words);
}

type Words = { light: (l: Light) => string; deadline: string; milestone: string; expected: string };

function zhSentences({ light, deadline, milestone, expected }: Words): string[] {
  return [
    "状态由审核通过的最新进度和今天的日期自动计算，不由人工填写；只有核验、按未完成办结（督查部门）和撤销（管理员）是办理的结果。",
    `${light("VERIFIED")}：督查部门已核验的事项；${light("UNMET")}：逾期未完成、督查部门已按未完成办结的事项；${light("WITHDRAWN")}：已撤销的事项。`,
    `${light("COMPLETED")}：最新审核通过的完成率达到100%。增长率（含增长或下降区间）和“控制在……以内”类指标是某一时点的读数，数据覆盖到${deadline}（或${deadline}已过）时达标才算${light("COMPLETED")}，此前达标显示为${light("ON_TRACK")}。`,
    `${light("OVERDUE")}：${deadline}已过而目标未完成；${deadline}当天不算逾期，但当天目标仍未完成的为${light("BEHIND")}（已没有时间追赶）。`,
    `${milestone}不按进度折算：${deadline}前为${light("ON_TRACK")}，完成即为${light("COMPLETED")}，${deadline}当天仍未完成为${light("BEHIND")}，过了${deadline}仍未完成为${light("OVERDUE")}。`,
    `应有进度（进度曲线中的“${expected}”）：从当年1月1日到${deadline}这段时间已过去的比例；增长率和上限类指标一有数据，应有进度即为100%。`,
    `${light("NOT_STARTED")}：还没有审核通过的进度，且已过去的时间不到${NOT_STARTED_ELAPSED_PERCENT}%。此后仍无进度的，按0%计算。`,
    `${light("BEHIND")}：完成率比应有进度低${BEHIND_GAP_POINTS}个百分点以上；${light("AT_RISK")}：低${AT_RISK_GAP_POINTS}个百分点以上；其余为${light("ON_TRACK")}。`,
    `“控制在……以内”类指标的最新读数超出上限时，差距再小也至少为${light("AT_RISK")}。`,
  ];
}

function enSentences({ light, deadline: Deadline, milestone, expected }: Words): string[] {
  // Mid-sentence the labels read in lower case: "the deadline", "milestones".
  const deadline = Deadline.toLowerCase();
  return [
    "The status is computed from the latest approved progress and today's date; nobody types it. Only verification, closing as not delivered (the supervising office) and withdrawal (an admin) are decisions.",
    `${light("VERIFIED")}: checked and confirmed by the supervising office. ${light("UNMET")}: missed by its deadline and closed as not delivered by the supervising office. ${light("WITHDRAWN")}: the commitment was withdrawn.`,
    `${light("COMPLETED")}: the latest approved percent complete reaches 100%. Growth rates (ranges of growth or of a fall included) and ceilings ("within …") are readings of a moment: meeting them counts as ${light("COMPLETED")} once a figure covers the ${deadline} (or the ${deadline} has passed); before that they show as ${light("ON_TRACK")}.`,
    `${light("OVERDUE")}: the ${deadline} has passed and the target is not met. The ${deadline} day itself is not overdue, but a target not met on it is ${light("BEHIND")}: no time is left to catch up.`,
    `${milestone}s are not paced: ${light("ON_TRACK")} before the ${deadline}, ${light("COMPLETED")} when done, ${light("BEHIND")} on the ${deadline} day if not done, ${light("OVERDUE")} when the ${deadline} passes undone.`,
    `Expected progress ("${expected}" on the progress chart): the share of the time from January 1 of the report year to the ${deadline} that has gone by. Growth rates and ceilings are expected at 100% as soon as they have a figure.`,
    `${light("NOT_STARTED")}: no approved progress yet and less than ${NOT_STARTED_ELAPSED_PERCENT}% of the time gone by. After that, no progress counts as 0%.`,
    `${light("BEHIND")}: more than ${BEHIND_GAP_POINTS} points below expected progress; ${light("AT_RISK")}: more than ${AT_RISK_GAP_POINTS} points below; otherwise ${light("ON_TRACK")}.`,
    `A ceiling ("within …") whose latest reading is above it is at least ${light("AT_RISK")}, however small the excess.`,
  ];
}
