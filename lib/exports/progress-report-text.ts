import { figuresWithUnit, formatNumber } from "@/lib/commitments/format-target";
import { formatPercent } from "@/lib/commitments/format-figures";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { changeLine, decisionLine } from "./office-records";
import { targetText } from "./target-cells";
import type { PeriodChange, PeriodUpdate, ProgressReport, ProgressReportDepartment, ProgressReportItem } from "./build-progress-report";
import type { Period } from "./parse-period";
import { reportName } from "@/lib/reports/report-name";
import { fillSentence, type Sentence } from "@/lib/i18n/sentence";

// The sentences of the progress report, shared by the printable page and the Word document so
// both say exactly the same thing. Read as a whole in the reader's language (a Word file has no
// language marks per phrase), its figures' units are in English words where known ("up 0.7
// percentage points", not "up 0.7个百分点": figuresWithUnit, as on every English page).

/** "2023年6月", "2023年第2季度", "2023年全年": in the heading, and as the picker offers it. */
export function periodLabel(period: Period, t: Translate): string {
  if (period.kind === "year") return t("progress.year", { year: period.year });
  return period.kind === "month"
    ? t("progress.month", { year: period.year, monthName: t("progress.monthNames").split(",")[period.index - 1] })
    : t("progress.quarter", { year: period.year, quarter: period.index });
}

export function reportHeading(report: ProgressReport, t: Translate): string {
  return t("progress.heading", { name: reportName(report.report, t("progress.yearJoiner")), period: periodLabel(report.period, t) });
}

export function rangeLine(report: ProgressReport, t: Translate): string {
  return t("progress.range", { start: report.period.start, end: report.end, previousEnd: report.period.previousEnd });
}

/**
 * Said when the office's decisions were read after the figures' end (a whole year's report made
 * after the year): the counts of 未完成办结 and 已核验, and the targets and deadlines, hold the
 * decisions taken since, to this day. Null when both are the period's end (a month, a quarter, a
 * year still running).
 */
export function closingsLine(report: ProgressReport, t: Translate): string | null {
  return report.closingsOn > report.end ? t("progress.closingsAsOf", { day: report.closingsOn, end: report.end }) : null;
}

export function summaryLine(report: ProgressReport, t: Translate): string {
  // 平均完成率 as the dashboard writes it (formatPercent: never 100 for 99.995).
  const mean = report.meanPercent === null ? t("progress.noPercent") : formatPercent(report.meanPercent);
  return t("progress.summaryText", { ...report.totals, mean });
}

/**
 * Said when the report covers part of the report's commitments only (an official's department,
 * the list's filters), so a copy handed on is not read as the whole; null when it is the whole.
 */
export function scopeLine(report: ProgressReport, t: Translate): string | null {
  const sentence = scopeSentence(report, t);
  return sentence && fillSentence(sentence);
}

/** The same, unfilled, for a page that marks the department's name as data (SentenceWithData). */
export function scopeSentence(report: ProgressReport, t: Translate): Sentence | null {
  const { department, filtered } = report.scope;
  if (department !== null) return { template: t(filtered ? "progress.scopeDepartmentFiltered" : "progress.scopeDepartment"), data: { department } };
  return filtered ? { template: t("progress.scopeFiltered"), data: {} } : null;
}

export function departmentHeading(department: ProgressReportDepartment, t: Translate): string {
  return t("progress.department", { name: department.name ?? t("export.noLead"), total: department.total, overdue: department.overdue, unmet: department.unmet, atRisk: department.atRisk });
}

const percent = (value: number | null, t: Translate) => (value === null ? t("progress.noPercent") : formatPercent(value));

export function lightChange(item: ProgressReportItem, t: Translate): string {
  const [before, now] = [t(`light.${item.lightBefore}`), t(`light.${item.lightNow}`)];
  return before === now ? now : `${before} → ${now}`;
}

export function percentChange(item: ProgressReportItem, t: Translate): string {
  const [before, now] = [percent(item.percentBefore, t), percent(item.percentNow, t)];
  return before === now ? now : `${before} → ${now}`;
}

/** "2023-06-30：5.5万亩（50%）。已完成5.5万亩" / "2023-06-30: 55,000 mu (50%). 已完成5.5万亩" */
export function updateLine(update: PeriodUpdate, item: ProgressReportItem, t: Translate, locale: Locale): string {
  const figure =
    item.kind === "MILESTONE"
      ? update.done === null
        ? ""
        : t(update.done ? "workflow.update.doneYes" : "workflow.update.doneNo")
      : update.actual === null
        ? ""
        : figuresWithUnit([formatNumber(update.actual)], item.unit, locale);
  // Punctuation from the reader's language: "2023-06-30：5.5万亩（50%）。" / "2023-06-30: 55,000 mu (50%). ".
  const pct = update.percent === null ? "" : t("progress.updatePercent", { percent: formatPercent(update.percent) });
  return `${t("progress.updateDay", { day: update.asOf })}${figure}${pct}${figure || pct ? t("progress.updateStop") : ""}${update.narrative}`;
}

/**
 * The target column: the target as the ledger's 目标 writes it (the one the row's figure is
 * measured against), then each 延期 / 调整 approved in the period or since, as the ledger's 调整记录
 * says it: "本期…" in the period; "期末后…" after it, with whether the row reads it — applied (a
 * target lowered in January that the year's figures were approved against), or not (a month's
 * report made after its target changed states the one of its end).
 */
export function targetLines(item: ProgressReportItem, t: Translate, locale: Locale): string[] {
  return [targetText(item, t, locale) || t("progress.noPercent"), ...item.changes.map((c) => changedLine(c, item, t, locale))];
}

function changedLine(change: PeriodChange, item: ProgressReportItem, t: Translate, locale: Locale): string {
  const line = t(change.afterPeriod ? "progress.changedAfterPeriod" : "progress.changedInPeriod", { change: changeLine(change, item, t, locale) });
  if (!change.applied) return t("progress.changeNotApplied", { line });
  return change.afterPeriod ? t("progress.changeApplied", { line }) : line;
}

/** The period's progress: its approved updates, then the office's closing decided in it. */
export function progressLines(item: ProgressReportItem, t: Translate, locale: Locale): string[] {
  const updates = item.updates.map((u) => updateLine(u, item, t, locale));
  const decided = item.decision ? [decisionLine(item.decision, t)] : [];
  return updates.length || decided.length ? [...updates, ...decided] : [t("progress.noUpdates")];
}
