import { ScrollTable } from "@/components/ui/scroll-table";
import { StatusBadge } from "@/components/commitments/status-badge";
import type { ProgressReportViewModel } from "@/lib/exports/progress-report-view-model";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { ProgressReportCards } from "./progress-report-cards";

/** The printable progress report: the same text as the Word document, one table per department. */
export function ProgressReportView({ report }: { report: ProgressReportViewModel }) {
  return (
    <article className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm print:border-0 print:p-0 print:shadow-none" data-testid="progress-report">
      <h1 className="text-center text-2xl font-semibold">{report.heading}</h1>
      <p className="mt-2 text-center text-sm text-slate-600">{report.range}</p>
      {report.closings && (
        <p className="text-center text-sm font-medium text-slate-800" data-testid="progress-closings">
          {report.closings}
        </p>
      )}
      <p className="text-center text-sm text-slate-600">{report.generatedAt}</p>
      <h2 className="mt-6 text-lg font-semibold">{report.summaryTitle}</h2>
      <p className="mt-1">{report.summary}</p>
      {report.scope && (
        <p className="mt-1 font-medium" data-testid="progress-scope">
          <SentenceWithData template={report.scope.template} data={report.scope.data} />
        </p>
      )}
      {report.departments.length === 0 && <p className="mt-6 text-slate-500">{report.empty}</p>}
      {report.departments.map((d) => (
        <section key={d.key} className="mt-8">
          <h2 className="mb-2 text-lg font-semibold">{d.heading}</h2>
          {/* On a phone's screen, a card per commitment: six columns cannot all be on 390 px. */}
          <ProgressReportCards items={d.items} columns={report.columns} />
          {/* No link inside: the scrolling box is a named Tab stop of its own. */}
          <div className="phone:hidden">
            <ScrollTable className="w-full border-collapse text-sm" printable label={d.heading}>
              <thead className="bg-slate-100 text-left print:bg-transparent">
                <tr>
                  {[report.columns.indicator, report.columns.target, report.columns.deadline, report.columns.status, report.columns.percent, report.columns.updates].map((c) => (
                    <th key={c} className="border border-slate-300 px-2 py-1 font-medium">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.items.map((item) => (
                  <tr key={item.id} className="align-top">
                    <td lang={REPORT_LANG} className="w-1/4 border border-slate-300 px-2 py-1">{item.indicator}</td>
                    <td className="border border-slate-300 px-2 py-1" data-changed={item.changed || undefined}>
                      {item.target.map((line, i) => (
                        <p key={i} lang={i === 0 ? item.targetLang : undefined} className={i > 0 ? "mt-1 text-xs font-medium text-amber-800" : "whitespace-nowrap"}>
                          {line}
                        </p>
                      ))}
                    </td>
                    <td className="border border-slate-300 px-2 py-1 whitespace-nowrap">{item.deadline}</td>
                    <td className="border border-slate-300 px-2 py-1">
                      <StatusBadge light={item.light} label={item.lightLabel} />
                      {item.statusChange !== item.lightLabel && <span className="mt-1 block text-xs text-slate-500">{item.statusChange}</span>}
                    </td>
                    <td className="border border-slate-300 px-2 py-1 whitespace-nowrap">{item.percentChange}</td>
                    <td className="w-1/3 border border-slate-300 px-2 py-1">
                      {item.updates.map((u, i) => (
                        <p key={i}>{u}</p>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </div>
        </section>
      ))}
    </article>
  );
}
