import { WorkListSection } from "@/components/ui/work-list-section";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { TargetText } from "@/components/commitments/target-text";
import { withColon } from "@/lib/i18n/label-punctuation";

export interface AwaitingVerificationEntry {
  id: number;
  indicator: string;
  /** "增长 7%", or the milestone label: written by the page in its language. */
  target: string;
  deadline: string;
  /** "数据截至 2023-12-31", or null before any figure. */
  latestAsOf: string | null;
  leadDepartment: string | null;
  /** What must be decided before it can be verified ("还有 1 条进展待审核…"), or null. */
  waiting: string | null;
}

export interface AwaitingVerificationLabels {
  title: string;
  /** How many wait: "3". */
  total: string;
  empty: string;
  target: string;
  deadline: string;
  /** Shown when only the first items are listed. */
  more?: string;
  all: { href: string; label: string };
}

/** Completed commitments a reviewer has yet to verify, each linking to the page with the verify form. */
export function AwaitingVerificationList({ items, labels }: { items: AwaitingVerificationEntry[]; labels: AwaitingVerificationLabels }) {
  return (
    <WorkListSection
      title={labels.title}
      count={labels.total}
      testId="awaiting-verification"
      isEmpty={items.length === 0}
      empty={labels.empty}
      more={labels.more}
      moreTestId="awaiting-verification-more"
      className="mt-8"
      footer={
        <a href={labels.all.href} className="mt-2 inline-block text-sm text-brand-700 underline">
          {labels.all.label}
        </a>
      }
    >
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
        {items.map((c) => (
          <li key={c.id} data-testid={`awaiting-verification-${c.id}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3 text-sm">
            <a lang={REPORT_LANG} href={`/commitments/${c.id}`} className="font-medium text-brand-700 underline">
              {c.indicator}
            </a>
            <span>
              {withColon(labels.target)}
              <TargetText text={c.target} />
            </span>
            <span className="text-slate-600">
              {withColon(labels.deadline)}{c.deadline}
            </span>
            {c.latestAsOf && <span className="text-slate-500">{c.latestAsOf}</span>}
            {c.leadDepartment && (
              <span lang={DATA_LANG} className="text-slate-500">
                {c.leadDepartment}
              </span>
            )}
            {c.waiting && (
              <span data-testid={`awaiting-verification-${c.id}-waiting`} className="basis-full text-amber-800">
                {c.waiting}
              </span>
            )}
          </li>
        ))}
      </ul>
    </WorkListSection>
  );
}
