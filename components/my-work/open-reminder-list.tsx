import { WorkListSection } from "@/components/ui/work-list-section";
import type { OpenReminder } from "@/lib/reminders/list-open-reminders";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import type { Sentence } from "@/lib/i18n/sentence";

export interface OpenReminderLabels {
  title: string;
  /** "{by} 于 {at} 催办" per item, the time filled by the page, the sender's name left as data. */
  sent: (item: OpenReminder) => Sentence;
  more?: string;
}

/** Reminders (催办) waiting for the department's answer, oldest first; nothing when none. */
export function OpenReminderList({ items, labels }: { items: OpenReminder[]; labels: OpenReminderLabels }) {
  if (items.length === 0) return null;
  return (
    <WorkListSection title={labels.title} count={`${items.length}${labels.more ? "+" : ""}`} more={labels.more} testId="open-reminders" isEmpty={false} empty="">
      <ul className="space-y-2">
        {items.map((r) => (
          <li key={r.id} data-testid={`open-reminder-${r.id}`} className="rounded-xl border border-amber-200 bg-white p-4 text-sm">
            <a lang={REPORT_LANG} href={`/commitments/${r.commitmentId}#reminders`} className="font-medium text-brand-700 underline">
              {r.indicator}
            </a>{" "}
            <span className="ml-1.5 text-slate-500">
              <SentenceWithData {...labels.sent(r)} />
            </span>
            <p className="mt-1 whitespace-pre-wrap rounded bg-amber-50 p-2 text-slate-800" lang={DATA_LANG}>
              {r.note}
            </p>
          </li>
        ))}
      </ul>
    </WorkListSection>
  );
}
