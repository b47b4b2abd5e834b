"use client";

import { ScrollTable } from "@/components/ui/scroll-table";
import { ProgressBar } from "@/components/commitments/progress-bar";
import { formatPercent } from "@/lib/commitments/format-figures";
import { StatusBadge } from "@/components/commitments/status-badge";
import type { StatusLight } from "@/lib/progress/status-light";
import { dataLang, REPORT_LANG } from "@/lib/reports/report-lang";
import { TargetText } from "@/components/commitments/target-text";

export interface PublicSection {
  id: number;
  heading: string;
  rows: { id: number; indicator: string; target: string; deadline: string; department: string | null; percent: number | null; light: StatusLight; lightLabel: string }[];
}

/**
 * Below md each commitment is a card (as the admin's lists): six columns in 390 px were a table
 * to scroll sideways, its completion and status off screen. The indicator heads the card, the
 * target, deadline and department are headed by their column's name (data-label); the bar and
 * the light say what they are.
 */
const PUBLIC_TABLE = "w-full rounded-lg bg-white text-sm shadow-sm max-md:[&_td:first-child]:font-medium";

/** Approved progress per section, for anyone: no names, no links into the signed-in app. */
export function PublicProgress({ sections, labels }: { sections: PublicSection[]; labels: { indicator: string; target: string; deadline: string; department: string; progress: string; status: string; notReported: string; none: string } }) {
  return (
    <div className="space-y-8">
      {sections.map((s) => (
        <section key={s.id}>
          <h2 lang={REPORT_LANG} className="mb-2 text-lg font-medium">{s.heading}</h2>
          <ScrollTable className={PUBLIC_TABLE} cards label={s.heading}>
            <thead className="bg-slate-100 text-left">
              <tr>
                <th className="px-3 py-2">{labels.indicator}</th>
                <th className="px-3 py-2">{labels.target}</th>
                <th className="px-3 py-2">{labels.deadline}</th>
                <th className="px-3 py-2">{labels.department}</th>
                <th className="px-3 py-2">{labels.progress}</th>
                <th className="px-3 py-2">{labels.status}</th>
              </tr>
            </thead>
            <tbody>
              {s.rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100" data-testid="public-row">
                  <td lang={REPORT_LANG} className="min-w-40">{r.indicator}</td>
                  <td className="whitespace-nowrap" data-label={labels.target}><TargetText text={r.target} /></td>
                  <td className="whitespace-nowrap" data-label={labels.deadline}>{r.deadline}</td>
                  <td lang={dataLang(r.department)} className="min-w-28" data-label={labels.department}>{r.department ?? labels.none}</td>
                  <td>
                    <ProgressBar percent={r.percent} label={r.percent == null ? labels.notReported : formatPercent(r.percent)} />
                  </td>
                  <td>
                    <StatusBadge light={r.light} label={r.lightLabel} />
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </section>
      ))}
    </div>
  );
}
