"use client";

import { useState } from "react";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { fillMessage } from "@/lib/i18n/fill-message";
import { DATA_LANG } from "@/lib/reports/report-lang";
import type { ReviewLabels, ReviewOptions } from "./review-types";

/** Above the candidates: select them all, and give the selected ones one lead department. */
export function BulkLeadBar({
  allSelected,
  noneSelected,
  onSelectAll,
  onApply,
  applied,
  departments,
  labels,
}: {
  allSelected: boolean;
  noneSelected: boolean;
  onSelectAll: (all: boolean) => void;
  /** Sets the chosen department as the selected rows' lead. */
  onApply: (leadDepartmentId: number) => void;
  /** What the last apply did, said until the selection changes: how many rows, which department, how many rejected rows it left. */
  applied: { count: number; department: string; rejectedLeft: number } | null;
  departments: ReviewOptions["departments"];
  labels: Pick<ReviewLabels, "selectAll" | "bulkLead" | "bulkApply" | "bulkApplied" | "bulkRejectedLeft">;
}) {
  const [bulkLead, setBulkLead] = useState("");
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
      <label className="flex items-center gap-1">
        <input type="checkbox" checked={allSelected} onChange={(e) => onSelectAll(e.target.checked)} />
        {labels.selectAll}
      </label>
      <select aria-label={labels.bulkLead} className={`${inputClass} w-56`} value={bulkLead} onChange={(e) => setBulkLead(e.target.value)}>
        <option value="">{labels.bulkLead}</option>
        {departments.map((d) => (
          <option key={d.id} value={d.id} lang={DATA_LANG}>
            {d.name}
          </option>
        ))}
      </select>
      <button type="button" className={secondaryButtonClass} disabled={!bulkLead || noneSelected} onClick={() => onApply(Number(bulkLead))}>
        {labels.bulkApply}
      </button>
      {/* Always there, so that what is put in it is announced: the rows changed may be far down the list. */}
      <p aria-live="polite" className="basis-full text-slate-700 empty:hidden" data-testid="bulk-lead-applied">
        {applied && <SentenceWithData template={fillMessage(labels.bulkApplied, { count: applied.count })} data={{ department: applied.department }} />}
        {applied && applied.rejectedLeft > 0 && fillMessage(labels.bulkRejectedLeft, { count: applied.rejectedLeft })}
      </p>
    </div>
  );
}
