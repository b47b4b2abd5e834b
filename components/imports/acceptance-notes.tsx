import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { fillMessage } from "@/lib/i18n/fill-message";
import type { TImportCandidate } from "@/lib/imports/types";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { occasionDeadlines, pastDeadlines } from "./review-rows";
import type { ReviewLabels } from "./review-types";

/**
 * Above the candidates, while it is true of those to accept: what importing them will do that the
 * admin may not expect, counted as rows are edited or rejected.
 */
export function AcceptanceNotes({ accepted, today, labels }: { accepted: TImportCandidate[]; today: string; labels: Pick<ReviewLabels, "pastDeadlines" | "noLead" | "occasionDeadlines"> }) {
  const past = pastDeadlines(accepted, today);
  const noLead = accepted.filter((c) => c.leadDepartmentId === null).length;
  const occasions = occasionDeadlines(accepted);
  return (
    <>
      {/* A past year's report is overdue as soon as it is imported: said before, not found after. */}
      {past > 0 && (
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="past-deadlines-note">
          {fillMessage(labels.pastDeadlines, { count: past, today })}
        </p>
      )}
      {/* Imported without one, a commitment is on no department's list until an admin assigns it. */}
      {noLead > 0 && (
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="no-lead-note">
          {fillMessage(labels.noLead, { count: noLead })}
        </p>
      )}
      {/* "牡丹文化节前" is a day in April the report does not write: at the year's end, its overdue alert comes months late. */}
      {occasions && (
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="occasion-deadlines-note">
          <SentenceWithData template={fillMessage(labels.occasionDeadlines, { count: occasions.count })} data={{ occasion: occasions.occasion }} lang={REPORT_LANG} />
        </p>
      )}
    </>
  );
}
