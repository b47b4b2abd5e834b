import { WorkListSection } from "@/components/ui/work-list-section";
import { formatDateTime } from "@/lib/updates/format-date-time";
import type { RefusedRequestItem } from "@/lib/my-work/list-refused-requests";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { withColon } from "@/lib/i18n/label-punctuation";

export interface RefusedRequestLabels {
  title: string;
  kinds: Record<RefusedRequestItem["kind"], string>;
  reviewNote: string;
}

/** The department's 延期 / 调整 requests refused lately, with the reviewer's reason; nothing when none. */
export function RefusedRequestList({ items, labels }: { items: RefusedRequestItem[]; labels: RefusedRequestLabels }) {
  if (items.length === 0) return null;
  return (
    <WorkListSection title={labels.title} count={String(items.length)} testId="refused-requests" isEmpty={false} empty="">
      <ul className="space-y-2">
        {items.map((r) => (
          <li key={r.id} data-testid={`refused-request-${r.id}`} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
            <a lang={REPORT_LANG} href={`/commitments/${r.commitmentId}`} className="font-medium text-brand-700 underline">
              {r.indicator}
            </a>{" "}
            <span className="ml-1.5 text-slate-500">
              {labels.kinds[r.kind]} · {formatDateTime(r.reviewedAt)}
            </span>
            {r.reviewNote && (
              <p className="mt-1 rounded bg-slate-50 p-2 text-slate-800">
                {withColon(labels.reviewNote)}<span lang={DATA_LANG}>{r.reviewNote}</span>
              </p>
            )}
          </li>
        ))}
      </ul>
    </WorkListSection>
  );
}
