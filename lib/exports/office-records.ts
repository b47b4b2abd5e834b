import { formatTarget, type TargetText } from "@/lib/commitments/format-target";
import type { Locale, Translate } from "@/lib/i18n/translate";

// What the 督查 office decided about a commitment, as the ledger and the progress report write it:
// the 延期 / 调整 it approved (what stood before and after, on the day of the approval) and its
// closing or verification with the note it gave. Read in SQL (office-records-sql.ts), written here.

/** One approved change request; days are Beijing days, figures text as stored. */
export interface ApprovedChange {
  kind: "EXTEND_DEADLINE" | "ADJUST_TARGET";
  /** The day it was approved. */
  day: string;
  fromDeadline: string | null;
  toDeadline: string | null;
  fromValue: string | null;
  fromMin: string | null;
  fromMax: string | null;
  toValue: string | null;
  toMin: string | null;
  toMax: string | null;
}

/** An approved change as approvedChangesSql reads it: with the request's id, to tell which one a row's target is. */
export interface ApprovedChangeRow extends ApprovedChange {
  id: number;
}

/** The office's closing in force: verified (核验) or closed as not delivered (未完成办结). */
export interface OfficeDecision {
  kind: "VERIFIED" | "UNMET";
  day: string;
  note: string | null;
}

/** A reminder (催办) the departments have not answered yet. */
export interface WaitingReminder {
  day: string;
  note: string;
}

type ChangedTarget = Pick<TargetText, "comparator" | "unit" | "quote">;

/** "2023-08-01 调整：≥ 170万只 → ≥ 160万只", "2023-09-01 延期：2023-12-31 → 2027-06-30". */
export function changeLine(change: ApprovedChange, target: ChangedTarget, t: Translate, locale: Locale): string {
  if (change.kind === "EXTEND_DEADLINE") {
    return t("export.change.extend", { day: change.day, from: change.fromDeadline ?? "—", to: change.toDeadline ?? "—" });
  }
  const written = (targetValue: string | null, targetMin: string | null, targetMax: string | null) =>
    formatTarget({ ...target, targetValue, targetMin, targetMax }, locale) || "—";
  return t("export.change.adjust", {
    day: change.day,
    from: written(change.fromValue, change.fromMin, change.fromMax),
    to: written(change.toValue, change.toMin, change.toMax),
  });
}

/** Every approved change, oldest first, in one cell. */
export function changesText(changes: readonly ApprovedChange[], target: ChangedTarget, t: Translate, locale: Locale): string {
  return changes.map((c) => changeLine(c, target, t, locale)).join(t("common.listSeparator"));
}

/** "2023-12-31 未完成办结：资金未到位", "2023-12-31 核验" (a verification may have no note). */
export function decisionLine(decision: OfficeDecision, t: Translate): string {
  const kind = t(decision.kind === "UNMET" ? "export.decision.unmet" : "export.decision.verified");
  return decision.note ? t("export.decision.withNote", { day: decision.day, kind, note: decision.note }) : t("export.decision.plain", { day: decision.day, kind });
}

/** "2023-11-01 催办待回复：请报送三季度数据". */
export function reminderLine(reminder: WaitingReminder, t: Translate): string {
  return t("export.decision.reminderWaiting", { day: reminder.day, note: reminder.note });
}

/** The ledger's 督查意见: the closing or verification, then a reminder still unanswered. */
export function officeNoteText(decision: OfficeDecision | null, reminder: WaitingReminder | null, t: Translate): string {
  const lines = [decision && decisionLine(decision, t), reminder && reminderLine(reminder, t)].filter((line): line is string => !!line);
  return lines.join(t("common.listSeparator"));
}
