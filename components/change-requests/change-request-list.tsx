import type { FormState } from "@/lib/actions/form-state";
import { describeProposal } from "@/lib/change-requests/describe-proposal";
import type { ChangeRequestListLabels } from "@/lib/change-requests/labels";
import type { ChangeRequestView } from "@/lib/change-requests/types";
import type { Locale } from "@/lib/i18n/translate";
import { formatDateTime } from "@/lib/updates/format-date-time";
import { DecideChangeRequestButtons } from "./decide-change-request-buttons";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { PersonName } from "@/components/ui/person-name";
import { ReviewCaution } from "@/components/reviews/review-caution";
import { scaleCaution } from "@/lib/change-requests/adjustment-scale";
import { withColon } from "@/lib/i18n/label-punctuation";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface ChangeRequestListProps {
  requests: ChangeRequestView[];
  labels: ChangeRequestListLabels;
  /** Reviewers get approve / refuse on pending requests. */
  decide?: { approveAction: Action; refuseAction: Action };
  /** On /review, each request names its commitment (with a link). */
  showCommitment?: boolean;
  /** Targets are written in the page's language ("增长 7%" / "growth 7%"). */
  locale: Locale;
}

/** 延期 / 调整 requests with their proposal, reason and decision. */
export function ChangeRequestList({ requests, labels, decide, showCommitment = false, locale }: ChangeRequestListProps) {
  return (
    <section aria-label={labels.title} data-testid="change-request-list">
      <h2 className="mb-3 font-medium">{labels.title}</h2>
      {requests.length === 0 ? (
        <p className="text-sm text-slate-500">{labels.empty}</p>
      ) : (
        <ul className="space-y-3">
          {requests.map((r) => (
            <li key={r.id} data-testid={`change-request-${r.id}`} data-state={r.state} className="rounded-lg border border-slate-200 p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-medium">{labels.kinds[r.kind]}</span>
                <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs">{labels.states[r.state]}</span>
                {showCommitment && (
                  <a lang={REPORT_LANG} href={`/commitments/${r.commitmentId}`} className="text-brand-700 underline">
                    {r.commitment.indicator}
                  </a>
                )}
                {showCommitment && r.commitment.leadDepartment && <span className="text-slate-500">{r.commitment.leadDepartment}</span>}
              </div>
              <p id={`change-request-${r.id}-proposal`} className="mt-1" data-testid="change-request-proposal">
                {describeProposal(r, labels, locale)}
              </p>
              {/* For whoever decides: the official who asked sees their own figures without it. */}
              {decide && r.state === "PENDING" && r.scale && (
                <ReviewCaution
                  id={`change-request-${r.id}-implausible`}
                  kind="implausible"
                  text={scaleCaution(r.scale, labels)!}
                />
              )}
              <p className="mt-1 whitespace-pre-wrap">
                {withColon(labels.reason)}<span lang={DATA_LANG}>{r.reason}</span>
              </p>
              <p className="mt-1 text-xs text-slate-500">
                {withColon(labels.requester)}<PersonName person={{ name: r.requesterName, disabled: r.requesterDisabled }} disabledTemplate={labels.disabledName} /> · {formatDateTime(r.createdAt)}
                {r.reviewerName && r.reviewedAt && (
                  <>
                    {` · ${withColon(labels.reviewer)}`}
                    <PersonName person={{ name: r.reviewerName, disabled: r.reviewerDisabled }} disabledTemplate={labels.disabledName} />
                    {` · ${formatDateTime(r.reviewedAt)}`}
                  </>
                )}
              </p>
              {r.reviewNote && (
                <p className="mt-1 rounded bg-slate-50 p-2">
                  {withColon(labels.reviewNote)}<span lang={DATA_LANG}>{r.reviewNote}</span>
                </p>
              )}
              {decide && r.state === "PENDING" && (
                <div className="mt-2">
                  <DecideChangeRequestButtons approveAction={decide.approveAction} refuseAction={decide.refuseAction} changeRequestId={r.id} labels={labels.decide} subjectId={`change-request-${r.id}-proposal${r.scale ? ` change-request-${r.id}-implausible` : ""}`} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
