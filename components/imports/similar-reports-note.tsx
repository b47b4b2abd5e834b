import Link from "next/link";
import { REPORT_LANG } from "@/lib/reports/report-lang";

/** One report or draft it may be a copy of: `name` as people call it (reportName), `said` when and what, in words. */
interface Similar {
  id: number;
  name: string;
  said: string;
  /** Its page, where it can be deleted or reviewed; none when the reader cannot open it. */
  href: string | null;
}

/**
 * Above an import's review: the reports already imported (findSimilarReports) and the other
 * imports waiting for review (findSimilarDrafts) that it may be a copy of, each linked to its
 * page where the reader can open it, with what to do.
 */
export function SimilarReportsNote({
  reports,
  drafts,
  labels,
}: {
  reports: Similar[];
  drafts: Similar[];
  labels: { heading: string; advice: string; draftsHeading: string; draftsAdvice: string };
}) {
  if (reports.length === 0 && drafts.length === 0) return null;
  return (
    <div role="note" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300" data-testid="similar-reports">
      {reports.length > 0 && <SimilarList items={reports} heading={labels.heading} advice={labels.advice} />}
      {drafts.length > 0 && <SimilarList items={drafts} heading={labels.draftsHeading} advice={labels.draftsAdvice} />}
    </div>
  );
}

function SimilarList({ items, heading, advice }: { items: Similar[]; heading: string; advice: string }) {
  return (
    <>
      <p>{heading}</p>
      <ul className="my-1 list-disc pl-5">
        {items.map((r) => (
          <li key={r.id}>
            {r.href ? (
              <Link lang={REPORT_LANG} href={r.href} className="font-medium underline">
                {r.name}
              </Link>
            ) : (
              <span lang={REPORT_LANG} className="font-medium">
                {r.name}
              </span>
            )}
            {r.said}
          </li>
        ))}
      </ul>
      <p>{advice}</p>
    </>
  );
}
