"use client";

import { useRef } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { TargetText } from "@/components/commitments/target-text";
import { formatTarget } from "@/lib/commitments/format-target";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import type { Locale } from "@/lib/i18n/translate";
import { withColon } from "@/lib/i18n/label-punctuation";
import { fillMessage } from "@/lib/i18n/fill-message";
import { CandidateEditor } from "./candidate-editor";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { awaitsOccasionDay, reviewTarget, summaryMessages } from "./review-rows";
import type { ReviewLabels, ReviewOptions, ReviewRow } from "./review-types";

/**
 * One candidate of the review: its summary (section, indicator, target, deadline, quote, lead),
 * what is wrong with it, its buttons, and its editor while it is open.
 */
export function CandidateRow({
  row,
  number,
  reportYear,
  text,
  locale,
  labels,
  options,
  departmentName,
  errors,
  selected,
  editing,
  canMerge,
  mergeQuestion,
  onFocus,
  onToggleSelected,
  onToggleEditing,
  onToggleRejected,
  onSplit,
  onMerge,
  onChange,
}: {
  row: ReviewRow;
  /** Its place in the list, rejected rows counted: the "第 N 项" every message about it says. */
  number: number;
  reportYear: number;
  /** The report's text: the row's quote is cut from it. */
  text: string;
  locale: Locale;
  labels: ReviewLabels;
  options: ReviewOptions;
  /** The active departments' names by id (built once for the whole list). */
  departmentName: Map<number, string>;
  errors: Record<string, string[]> | undefined;
  selected: boolean;
  editing: boolean;
  canMerge: boolean;
  /** What merging with the next row would drop, asked first (read only when asked: formatting every row's is wasted). */
  mergeQuestion: () => string | null;
  /** The focus came into the row (its buttons, its editor): its sentence is shown in the report's pane. */
  onFocus: () => void;
  onToggleSelected: () => void;
  onToggleEditing: () => void;
  onToggleRejected: () => void;
  onSplit: () => void;
  onMerge: () => void;
  onChange: (patch: Partial<ReviewRow>) => void;
}) {
  const summary = summaryMessages(row, errors, editing);
  // Merging drops the next row's indicator and target: asked first, in the row, naming them.
  const { asking, ask, stopAsking, triggerRef, cancelRef } = useAskFirst();
  const question = asking ? mergeQuestion() : null;
  // Escape in the editor closes it, and the focus goes back to the button that opened it (as an
  // ask-first question's does): closed, the field that had it is gone.
  const editButton = useRef<HTMLButtonElement>(null);
  const closeEditor = () => {
    onToggleEditing();
    editButton.current?.focus();
  };
  return (
    <li
      data-testid="candidate"
      data-rejected={row.rejected}
      onFocus={onFocus}
      // A rejected row is greyed by its colours, not faded with opacity: at 60% its words fell to
      // 2.3:1 (the row number) and 3.5:1 (the target), under WCAG AA's 4.5:1, and it is still read.
      className={`rounded-lg border bg-white ${row.rejected ? "border-dashed border-slate-300 text-slate-600" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-start gap-3 p-3 text-sm">
        <input type="checkbox" aria-label={row.indicator} checked={selected} onChange={onToggleSelected} />
        {/* At least 16rem before the buttons wrap below it: on a phone it was squeezed to a character a line. */}
        <div className="min-w-0 flex-1 basis-64">
          {/* Names the row for its buttons (aria-describedby): 编辑, 剔除 … repeat on every row. */}
          <div className="font-medium" id={`cand-name-${row.key}`}>
            <span className="mr-2 text-slate-500" data-testid="candidate-number">{fillMessage(labels.rowNumber, { n: number })}</span>
            <span lang={REPORT_LANG} className="mr-2 text-slate-500">{row.section}</span>
            <span lang={REPORT_LANG}>{row.indicator}</span>
            <span className={row.rejected ? "ml-2" : "ml-2 text-brand-700"}>
              {row.kind === "milestone" ? labels.milestone : <TargetText text={formatTarget({ ...reviewTarget(row), quote: text.slice(row.start, row.end) }, locale)} />}
            </span>
            <span className="ml-2 text-slate-500" data-testid="candidate-deadline">
              {row.deadline}
              {/* A day set by default (no deadline at all) is told apart from a stated year-end one, for the admin to set; an
                  occasion without a day (牡丹文化节前) is named, its day asked for; a day the admin set is said to be theirs. */}
              {row.deadlineSetByAdmin ? (
                labels.deadlineSetByAdmin
              ) : awaitsOccasionDay(row) ? (
                <SentenceWithData template={labels.deadlineOccasion} data={{ occasion: row.deadlineOccasion! }} lang={REPORT_LANG} />
              ) : (
                !row.deadlineStated && labels.deadlineNotStated
              )}
            </span>
            {row.rejected && <span className="ml-2 text-xs text-slate-500">{labels.rejected}</span>}
          </div>
          <a lang={REPORT_LANG} href={`#cand-${row.key}`} className="block truncate text-slate-500 hover:underline">
            {text.slice(row.start, row.end)}
          </a>
          <div className="text-xs text-slate-500">
            {withColon(labels.fields.lead)}
            {row.leadDepartmentId ? (
              <>
                <span lang={DATA_LANG}>{departmentName.get(row.leadDepartmentId) ?? options.inactiveDepartments[row.leadDepartmentId] ?? ""}</span>
                {departmentName.has(row.leadDepartmentId) ? "" : labels.gone}
              </>
            ) : (
              labels.none
            )}
          </div>
          {summary.length > 0 && (
            <p role="alert" className="text-xs text-red-700">
              {summary.join(" ")}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-1">
          <button
            ref={editButton}
            type="button"
            className={secondaryButtonClass}
            aria-describedby={`cand-name-${row.key}`}
            aria-expanded={editing}
            aria-controls={editing ? `editor-${row.key}` : undefined}
            onClick={onToggleEditing}
          >
            {editing ? labels.doneEditing : labels.edit}
          </button>
          <button type="button" className={secondaryButtonClass} aria-describedby={`cand-name-${row.key}`} onClick={onToggleRejected}>
            {row.rejected ? labels.restore : labels.reject}
          </button>
          <button type="button" className={secondaryButtonClass} aria-describedby={`cand-name-${row.key}`} onClick={onSplit}>
            {labels.split}
          </button>
          <button
            ref={triggerRef}
            type="button"
            className={secondaryButtonClass}
            aria-describedby={`cand-name-${row.key}`}
            // Nothing after it to merge with (the last row, only rejected ones follow, or the next is in another section).
            disabled={!canMerge}
            onClick={ask}
          >
            {labels.mergeNext}
          </button>
        </div>
        {question !== null && (
          <div className="basis-full" data-testid="merge-question">
            <AskFirstQuestion
              question={question}
              confirm={labels.mergeConfirm}
              cancel={labels.discardCancel}
              onCancel={stopAsking}
              cancelRef={cancelRef}
              onConfirm={() => {
                stopAsking();
                onMerge();
              }}
            />
          </div>
        )}
      </div>
      {editing && <CandidateEditor row={row} reportYear={reportYear} labels={labels} options={options} errors={errors ?? {}} onChange={onChange} onEscape={closeEditor} />}
    </li>
  );
}
