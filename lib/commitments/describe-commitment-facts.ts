import type { CommitmentKind } from "@/lib/generated/prisma/enums";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { daysBetween } from "@/lib/progress/iso-day";
import { showsStale } from "@/lib/progress/is-stale";
import type { StatusLight } from "@/lib/progress/status-light";
import { todayIsoDay } from "@/lib/time/today";
import { formatLatestActual, formatPercent, formatTargetOrMilestone } from "./format-figures";
import { formatTarget, type TargetFields } from "./format-target";
import { doneLabels } from "@/lib/updates/labels";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import type { Sentence } from "@/lib/i18n/sentence";
import { personInSentence } from "@/lib/users/person-name";

type Decimal = { toString(): string } | null;

/** The fields of a commitment (as its detail page loads it) that its facts are written from. */
export interface CommitmentFactsInput extends TargetFields {
  kind: CommitmentKind;
  originalTargetValue: Decimal;
  originalTargetMin: Decimal;
  originalTargetMax: Decimal;
  deadline: Date;
  originalDeadline: Date | null;
  deadlineStated: boolean;
  deadlineSetByAdmin: boolean;
  section: { code: string; title: string };
  theme: string | null;
  latestActual: Decimal;
  latestPercent: Decimal;
  latestAsOf: Date | null;
  verifiedAt: Date | null;
  verifiedBy: { displayName: string; disabled: boolean } | null;
  verifyNote: string | null;
  unmetAt: Date | null;
  unmetBy: { displayName: string; disabled: boolean } | null;
  unmetNote: string | null;
}

export interface CommitmentFact {
  label: string;
  /** A Sentence where the value names a person (已核验：{by}，…), whose name the page marks as data. */
  value: string | Sentence;
  testId?: string;
  /** Set on the report's words and on what people wrote: read in Chinese whatever the page's language. */
  lang?: string;
  /** What an approved change replaced (the original target or deadline): shown struck through. */
  struck?: boolean;
}

// A @db.Date day is midnight UTC: its UTC day is the day. A moment is dated in Beijing.
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
const beijingDay = (d: Date) => todayIsoDay(d);

/** "已核验：{by}，…" with who decided, marked when their account is disabled since. */
function decidedBy(template: string, by: { displayName: string; disabled: boolean } | null, t: Translate): Sentence {
  return personInSentence(template, "by", { name: by?.displayName ?? "", disabled: by?.disabled ?? false }, t("people.disabledName"));
}

/** Whose the imported deadline is, after it: nothing for the report's, else the admin's or the default. */
function deadlineSource(c: Pick<CommitmentFactsInput, "deadlineStated" | "deadlineSetByAdmin">, t: Translate): string {
  if (c.deadlineStated) return "";
  return t("common.parenthesized", { text: t(c.deadlineSetByAdmin ? "detail.deadlineSetByAdmin" : "detail.deadlineNotStated") });
}

/** The label / value facts of a commitment's page: target and deadline (and what they were), section, latest figure. */
export function describeCommitmentFacts(
  c: CommitmentFactsInput,
  { t, locale, today, staleAfterDays, light }: { t: Translate; locale: Locale; today: string; staleAfterDays: number; light: StatusLight },
): CommitmentFact[] {
  const targetChanged =
    c.kind === "NUMERIC" && (String(c.originalTargetValue) !== String(c.targetValue) || String(c.originalTargetMin) !== String(c.targetMin) || String(c.originalTargetMax) !== String(c.targetMax));
  const originalTarget = targetChanged ? formatTarget({ ...c, targetValue: c.originalTargetValue, targetMin: c.originalTargetMin, targetMax: c.originalTargetMax }, locale) : null;
  const deadlineChanged = day(c.originalDeadline) !== day(c.deadline);
  const stale = showsStale(c.latestAsOf, light, today, staleAfterDays, c.deadline) ? t("common.parenthesized", { text: t("list.stale", { days: staleAfterDays }) }) : "";
  // Met, but by figures dated after the deadline: said, so a late completion does not read as an
  // on-time one (the light is the same 已完成 / 已核验).
  const late =
    (light === "COMPLETED" || light === "VERIFIED") && c.latestAsOf && day(c.latestAsOf) > day(c.deadline)
      ? t("common.parenthesized", { text: t("detail.completedLate", { days: daysBetween(day(c.deadline), day(c.latestAsOf)) }) })
      : "";
  return [
    { label: t("detail.target"), value: formatTargetOrMilestone(c, t("commitments.milestone"), locale), testId: "target" },
    ...(originalTarget ? [{ label: t("detail.originalTarget"), value: originalTarget, struck: true }] : []),
    // "Not stated, the year's end" (or "set by the admin") is true of the imported deadline only, not of an extension.
    { label: t("detail.deadline"), value: `${day(c.deadline)}${deadlineChanged ? "" : deadlineSource(c, t)}`, testId: "deadline" },
    ...(deadlineChanged ? [{ label: t("detail.originalDeadline"), value: day(c.originalDeadline), struck: true }] : []),
    { label: t("detail.section"), value: `${c.section.code} ${c.section.title}`, lang: REPORT_LANG },
    ...(c.theme ? [{ label: t("detail.theme"), value: c.theme, lang: REPORT_LANG }] : []),
    {
      label: t("detail.latest"),
      value: c.latestAsOf ? `${formatLatestActual(c, doneLabels(t), locale)} · ${c.latestPercent === null ? "—" : formatPercent(c.latestPercent)} · ${day(c.latestAsOf)}${stale}${late}` : t("list.notReported"),
      testId: "latest",
    },
    ...(c.verifiedAt ? [{ label: t("detail.status"), value: decidedBy(t("detail.verified", { at: beijingDay(c.verifiedAt) }), c.verifiedBy, t) }] : []),
    ...(c.verifiedAt && c.verifyNote ? [{ label: t("workflow.verify.note"), value: c.verifyNote, testId: "verify-note", lang: DATA_LANG }] : []),
    ...(c.unmetAt ? [{ label: t("detail.status"), value: decidedBy(t("detail.unmet", { at: beijingDay(c.unmetAt) }), c.unmetBy, t) }] : []),
    ...(c.unmetAt && c.unmetNote ? [{ label: t("workflow.unmet.note"), value: c.unmetNote, testId: "unmet-note", lang: DATA_LANG }] : []),
  ];
}
