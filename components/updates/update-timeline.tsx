"use client";

import { FigureText } from "@/components/ui/figure-text";
import { formatPercent, formatReportedActual } from "@/lib/commitments/format-figures";
import type { Locale } from "@/lib/i18n/translate";
import type { UpdateTimelineLabels } from "@/lib/updates/labels";
import { formatDateTime } from "@/lib/updates/format-date-time";
import type { UpdateView } from "@/lib/updates/types";
import type { FormState } from "@/lib/actions/form-state";
import { EvidenceLinks } from "./evidence-links";
import { RevokeApprovalForm, type RevokeApprovalLabels } from "./revoke-approval-form";
import { DATA_LANG } from "@/lib/reports/report-lang";
import { UpdateStateBadge } from "./update-state-badge";
import { withColon } from "@/lib/i18n/label-punctuation";
import { PersonName } from "@/components/ui/person-name";

export interface UpdateTimelineProps {
  updates: UpdateView[];
  labels: UpdateTimelineLabels;
  /** The target's unit, written after numeric actuals in the reader's language. */
  unit?: string | null;
  locale: Locale;
  /** Officials of the commitment's departments may answer returned updates. */
  canResubmit?: boolean;
  /**
   * By update id: why a returned update has nothing left to answer (settledReturn: a later
   * approved reading stands over it, or the official reported again) — as "my work" no longer
   * asks, said instead of offering a resubmission.
   */
  settledReturns?: Record<number, string>;
  /** Set when older updates are left out: a link that shows them all. */
  more?: { href: string; label: string };
  /** By update id: what an approved reading's percent is against a target changed since. */
  percentsNow?: Record<number, string>;
  /**
   * Approved readings another approved one of the same day stands over (supersededReadings): marked,
   * as the figures, the chart and the progress report leave them out.
   */
  superseded?: number[];
  /** For reviewers of an open commitment: taking back an approval (撤回审核通过). */
  revoke?: { action: (state: FormState, formData: FormData) => Promise<FormState>; labels: RevokeApprovalLabels };
}

/** Every update of a commitment, newest reading first, with its review and evidence. */
export function UpdateTimeline({ updates, labels, unit, locale, canResubmit = false, settledReturns = {}, more, percentsNow = {}, superseded = [], revoke }: UpdateTimelineProps) {
  return (
    <section id="update-timeline" aria-label={labels.title} data-testid="update-timeline">
      <h2 className="mb-3 font-medium">{labels.title}</h2>
      {updates.length === 0 ? (
        <p className="text-sm text-slate-500">{labels.empty}</p>
      ) : (
        <ol className="space-y-3">
          {updates.map((u) => (
            <li key={u.id} data-testid={`update-${u.id}`} data-state={u.state} className="rounded-lg border border-slate-200 p-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <UpdateStateBadge state={u.state} label={u.revoked ? labels.revoked : labels.states[u.state]} />
                {superseded.includes(u.id) && (
                  <span className="inline-flex rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600 ring-1 ring-slate-300" data-testid={`update-${u.id}-superseded`}>
                    {labels.superseded}
                  </span>
                )}
                {u.resubmitsId && <span className="text-xs text-slate-500">{labels.resubmission}</span>}
                <span className="font-medium">
                  {labels.asOf} {u.asOf}
                </span>
                <span>
                  {withColon(labels.actual)}
                  <FigureText text={formatReportedActual(u, unit, { yes: labels.doneYes, no: labels.doneNo }, locale)} />
                </span>
                <span>
                  {withColon(labels.percent)}{u.percent === null ? "—" : formatPercent(u.percent)}
                </span>
                {percentsNow[u.id] && (
                  <span className="text-slate-500" data-testid={`update-${u.id}-percent-now`}>
                    {percentsNow[u.id]}
                  </span>
                )}
              </div>
              <p className="mt-2 whitespace-pre-wrap" lang={DATA_LANG}>
                {u.narrative}
              </p>
              <div className="mt-2">
                <EvidenceLinks evidence={u.evidence} noneLabel={labels.noEvidence} />
              </div>
              <p className="mt-2 text-xs text-slate-500">
                {withColon(labels.author)}<PersonName person={{ name: u.authorName, disabled: u.authorDisabled }} disabledTemplate={labels.disabledName} /> · {withColon(labels.submittedAt)}{formatDateTime(u.createdAt)}
                {u.reviewerName && u.reviewedAt && (
                  <>
                    {` · ${withColon(labels.reviewer)}`}
                    <PersonName person={{ name: u.reviewerName, disabled: u.reviewerDisabled }} disabledTemplate={labels.disabledName} />
                    {` · ${withColon(labels.reviewedAt)}${formatDateTime(u.reviewedAt)}`}
                  </>
                )}
              </p>
              {u.reviewNote && (
                <p className="mt-1 rounded bg-slate-50 p-2" data-testid={`update-${u.id}-note`}>
                  {withColon(u.revoked ? labels.revokeNote : labels.reviewNote)}<span lang={DATA_LANG}>{u.reviewNote}</span>
                </p>
              )}
              {u.state === "RETURNED" &&
                (u.resubmittedById ? (
                  <p className="mt-1 text-xs text-slate-500">{labels.answered}</p>
                ) : settledReturns[u.id] ? (
                  <p className="mt-1 text-xs text-slate-500" data-testid={`update-${u.id}-overtaken`}>
                    {settledReturns[u.id]}
                  </p>
                ) : (
                  canResubmit && (
                    <a href={`?resubmit=${u.id}#submit-update`} className="mt-1 inline-block text-brand-700 underline">
                      {labels.resubmit}
                    </a>
                  )
                ))}
              {/* Kept mounted once returned (same key), so a take-back made here is said here. */}
              {revoke && u.state !== "SUBMITTED" && <RevokeApprovalForm action={revoke.action} updateId={u.id} approved={u.state === "APPROVED"} labels={revoke.labels} />}
            </li>
          ))}
        </ol>
      )}
      {more && (
        <p className="mt-3 text-sm">
          <a href={more.href} className="text-brand-700 underline" data-testid="timeline-show-all">
            {more.label}
          </a>
        </p>
      )}
    </section>
  );
}
