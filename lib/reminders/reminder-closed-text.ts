import type { Translate } from "@/lib/i18n/translate";
import { todayIsoDay } from "@/lib/time/today";

/**
 * How a reminder ended with its commitment's closing: which closing and on which (Beijing) day,
 * "目标任务已于 2026-12-07 按未完成办结，该催办随之结束，无需回复。". A closing older than
 * CommitmentClosure is not known: the three are named together, as before.
 */
export function reminderClosedText(t: Translate, closedBy: "VERIFIED" | "UNMET" | "WITHDRAWN" | null, closedAt: Date): string {
  if (closedBy === null) return t("reminder.closedWithCommitment");
  return t(`reminder.closedBy.${closedBy}`, { day: todayIsoDay(closedAt) });
}
