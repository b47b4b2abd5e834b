import Link from "next/link";
import { REPORT_LANG } from "@/lib/reports/report-lang";

/**
 * Above an import's review: the reports already imported that it may be a copy of
 * (findSimilarReports), each linked to its page, where it can be deleted, with what to do.
 */
export function SimilarReportsNote({
  reports,
  labels,
}: {
  /** `name` as people call it (reportName); `imported`, when and how many commitments, in words. */
  reports: { id: number; name: string; imported: string }[];
  labels: { heading: string; advice: string };
}) {
  if (reports.length === 0) return null;
  return (
    <div role="note" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300" data-testid="similar-reports">
      <p>{labels.heading}</p>
      <ul className="my-1 list-disc pl-5">
        {reports.map((r) => (
          <li key={r.id}>
            <Link lang={REPORT_LANG} href={`/reports/${r.id}`} className="font-medium underline">
              {r.name}
            </Link>
            {r.imported}
          </li>
        ))}
      </ul>
      <p>{labels.advice}</p>
    </div>
  );
}
