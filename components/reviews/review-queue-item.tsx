"use client";

import { FigureText } from "@/components/ui/figure-text";
import { fillMessage } from "@/lib/i18n/fill-message";
import type { Locale } from "@/lib/i18n/translate";
import { EvidenceLinks } from "@/components/updates/evidence-links";
import type { FormState } from "@/lib/actions/form-state";
import { formatPercent, formatReportedActual } from "@/lib/commitments/format-figures";
import type { ReviewUpdateLabels } from "@/lib/reviews/labels";
import type { ReviewQueueItem as Item } from "@/lib/reviews/list-review-queue";
import { formatDateTime } from "@/lib/updates/format-date-time";
import { cautionTexts } from "@/lib/reviews/reading-cautions";
import { ReviewCaution } from "./review-caution";
import { ReviewUpdateButtons } from "./review-update-buttons";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { TargetText } from "@/components/commitments/target-text";
import { withColon } from "@/lib/i18n/label-punctuation";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { PersonName } from "@/components/ui/person-name";
import { fillSentence } from "@/lib/i18n/sentence";
import { personInSentence, personSentenceWith } from "@/lib/users/person-name";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface ReviewQueueItemLabels {
  target: string;
  milestone: string;
  deadline: string;
  department: string;
  asOf: string;
  actual: string;
  percent: string;
  author: string;
  /** "{name}（已停用）": an author or reviewer whose account is disabled now. */
  disabledName: string;
  submittedAt: string;
  resubmission: string;
  /** "{asOf} 的进展（{author}，{at} 报送）": which reading an item is, in its heading. */
  readingName: string;
  /** "{count}": this commitment's updates waiting, shown when more than one. */
  othersWaiting: string;
  noEvidence: string;
  /** "{times}": a reading far beyond its target (a slip of digits or unit?). */
  implausible: string;
  /** "{date}": a later approved reading stands over this one. */
  superseded: string;
  /** "{value}", "{date}": the approved total this reading falls below. */
  falling: string;
  /** "{reviewer}", "{note}", "{asOf}", "{actual}": the returned reading a resubmission answers. */
  answers: string;
  doneYes: string;
  doneNo: string;
  buttons: ReviewUpdateLabels;
}

/** One submitted update with everything a reviewer needs to decide on it. */
export function ReviewQueueItem({
  item,
  labels,
  waiting,
  approveAction,
  returnAction,
  locale,
}: {
  item: Item;
  labels: ReviewQueueItemLabels;
  /** "已等待 3 天", computed by the page. */
  waiting: string;
  approveAction: Action;
  returnAction: Action;
  /** The reader's language, for the figures' units. */
  locale: Locale;
}) {
  const { update: u, commitment: c } = item;
  const actual = formatReportedActual(u, c.unit, { yes: labels.doneYes, no: labels.doneNo }, locale);
  const cautions = cautionTexts(item, labels);
  return (
    <li data-testid={`review-item-${u.id}`} className="grid grid-cols-1 gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="text-sm">
        {/* A heading per item: a screen reader's list of headings walks the queue one reading at a time. */}
        <h3 className="inline text-base font-medium">
          <a lang={REPORT_LANG} id={`review-item-${u.id}-title`} href={`/commitments/${c.id}`} className="text-brand-700 underline">
            {c.indicator}
          </a>
          {/* Two readings of one commitment are two items: the list of headings tells them apart. */}
          <span className="sr-only">
            {" "}
            <SentenceWithData {...personInSentence(fillMessage(labels.readingName, { asOf: u.asOf, at: formatDateTime(u.createdAt) }), "author", { name: u.authorName, disabled: u.authorDisabled }, labels.disabledName)} />
          </span>
        </h3>
        {u.resubmitsId && <span className="ml-2 text-xs text-slate-500">{labels.resubmission}</span>}
        {c.waiting > 1 && (
          // Two readings of one commitment: the reviewer compares them on its page before deciding.
          <a href={`/commitments/${c.id}`} className="ml-2 rounded-full bg-amber-50 px-2 py-0.5 text-xs text-amber-900 ring-1 ring-amber-300" data-testid="others-waiting">
            {fillMessage(labels.othersWaiting, { count: c.waiting })}
          </a>
        )}
        <p className="mt-1 text-slate-600">
          {withColon(labels.target)}{c.kind === "MILESTONE" ? labels.milestone : <TargetText text={c.target} />} · {withColon(labels.deadline)}{c.deadline} · {withColon(labels.department)}
          {c.leadDepartment ? <span lang={DATA_LANG}>{c.leadDepartment}</span> : "—"}
        </p>
        {item.answers && (
          // What came back and why, beside what comes now: the reviewer judges the answer, not a new reading.
          <p className="mt-1 text-slate-600" data-testid="answers-return">
            {fillMessage(labels.answers, {
              reviewer: item.answers.reviewerName === null ? "—" : fillSentence(personSentenceWith({ name: item.answers.reviewerName, disabled: item.answers.reviewerDisabled }, labels.disabledName)),
              note: item.answers.reviewNote ?? "—",
              asOf: item.answers.asOf,
              actual: formatReportedActual(item.answers, c.unit, { yes: labels.doneYes, no: labels.doneNo }, locale),
            })}
          </p>
        )}
        <p id={`review-item-${u.id}-reading`} className="mt-2 font-medium">
          {labels.asOf} {u.asOf} · {withColon(labels.actual)}<FigureText text={actual} /> · {withColon(labels.percent)}{u.percent === null ? "—" : formatPercent(u.percent)}
        </p>
        {cautions.map(({ kind, text }) => (
          <ReviewCaution key={kind} id={`review-item-${u.id}-${kind}`} kind={kind} text={text} />
        ))}
        <p className="mt-2 whitespace-pre-wrap" lang={DATA_LANG}>
          {u.narrative}
        </p>
        <div className="mt-2">
          <EvidenceLinks evidence={u.evidence} noneLabel={labels.noEvidence} />
        </div>
        <p className="mt-2 text-xs text-slate-500">
          {withColon(labels.author)}<PersonName person={{ name: u.authorName, disabled: u.authorDisabled }} disabledTemplate={labels.disabledName} /> · {withColon(labels.submittedAt)}{formatDateTime(u.createdAt)} · {waiting}
        </p>
      </div>
      <ReviewUpdateButtons approveAction={approveAction} returnAction={returnAction} updateId={u.id} labels={labels.buttons} subjectId={[`review-item-${u.id}-title`, `review-item-${u.id}-reading`, ...cautions.map(({ kind }) => `review-item-${u.id}-${kind}`)].join(" ")} />
    </li>
  );
}
