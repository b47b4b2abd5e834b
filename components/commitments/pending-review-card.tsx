import { DecisionAnnouncer } from "@/components/reviews/decision-announcer";
import { FigureText } from "@/components/ui/figure-text";
import { PersonName } from "@/components/ui/person-name";
import { DATA_LANG } from "@/lib/reports/report-lang";
import { ReviewCaution } from "@/components/reviews/review-caution";
import { ReviewUpdateButtons } from "@/components/reviews/review-update-buttons";
import type { Decision } from "@/components/ui/decision-buttons";
import { Card } from "@/components/ui/card";
import type { FormState } from "@/lib/actions/form-state";
import type { Sentence } from "@/lib/i18n/sentence";
import type { Locale } from "@/lib/i18n/translate";
import { formatPercent, formatReportedActual } from "@/lib/commitments/format-figures";
import { EvidenceLinks } from "@/components/updates/evidence-links";
import { formatDateTime } from "@/lib/updates/format-date-time";
import type { ReviewUpdateLabels } from "@/lib/reviews/labels";
import type { ReadingCautionKind } from "@/lib/reviews/reading-cautions";
import type { UpdateView } from "@/lib/updates/types";
import { withColon } from "@/lib/i18n/label-punctuation";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A commitment's submitted updates, each with approve / return, for the reviewer on its page.
 * Shown even when none wait: a decided update leaves the list, and the card stays to say what
 * was done (and that nothing else waits).
 */
export function PendingReviewCard({
  title,
  empty,
  nameOf,
  cautionsOf,
  decided,
  updates,
  unit,
  locale,
  approveAction,
  returnAction,
  labels,
  done,
  details,
}: {
  title: string;
  /** Said when nothing waits. */
  empty: string;
  /** How an update is named once decided: "2023-06-30 的进展（张三，…）", its author left as data. */
  nameOf: (update: UpdateView) => Sentence;
  /** Words of caution about an update before it is decided (a reading far beyond its target, one a later reading stands over). */
  cautionsOf: (update: UpdateView) => { kind: ReadingCautionKind; text: string }[];
  /** "已审核通过：{name}" / "已退回：{name}". */
  decided: Record<Decision | "settled", string>;
  updates: UpdateView[];
  /** The target's unit, written after numeric actuals in the reader's language. */
  unit: string | null;
  locale: Locale;
  approveAction: Action;
  returnAction: Action;
  labels: ReviewUpdateLabels;
  /** How a milestone's report reads: 已完成 / 未完成. */
  done: { yes: string; no: string };
  /** What tells readings of one day apart (the one sent later stands): when sent, the note, the files. */
  details: { submittedAt: string; resubmission: string; noEvidence: string; disabledName: string };
}) {
  return (
    <Card>
      <h2 className="mb-3 font-medium">{title}</h2>
      <DecisionAnnouncer
        items={updates.map((u) => ({ id: u.id, name: nameOf(u) }))}
        field="updateId"
        messages={decided}
      >
        {updates.length === 0 ? (
          <p className="text-sm text-slate-500">{empty}</p>
        ) : (
          <ul className="space-y-4">
            {updates.map((u) => {
              const cautions = cautionsOf(u);
              return (
                <li key={u.id} data-testid={`pending-${u.id}`} className="space-y-2 text-sm">
                  <p id={`pending-${u.id}-title`}>
                    {u.asOf} · <FigureText text={formatReportedActual(u, unit, done, locale)} /> · {u.percent == null ? "—" : formatPercent(u.percent)} · <PersonName person={{ name: u.authorName, disabled: u.authorDisabled }} disabledTemplate={details.disabledName} />
                  </p>
                  <p className="text-xs text-slate-500">
                    {withColon(details.submittedAt)}{formatDateTime(u.createdAt)}
                    {u.resubmitsId && ` · ${details.resubmission}`}
                  </p>
                  {u.narrative && (
                    <p className="whitespace-pre-wrap text-slate-700" lang={DATA_LANG}>
                      {u.narrative}
                    </p>
                  )}
                  <EvidenceLinks evidence={u.evidence} noneLabel={details.noEvidence} />
                  {cautions.map(({ kind, text }) => (
                    <ReviewCaution key={kind} id={`pending-${u.id}-${kind}`} kind={kind} text={text} />
                  ))}
                  <ReviewUpdateButtons
                    approveAction={approveAction}
                    returnAction={returnAction}
                    updateId={u.id}
                    labels={labels}
                    subjectId={[`pending-${u.id}-title`, ...cautions.map(({ kind }) => `pending-${u.id}-${kind}`)].join(" ")}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </DecisionAnnouncer>
    </Card>
  );
}
