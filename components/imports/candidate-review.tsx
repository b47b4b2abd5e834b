"use client";

import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { ReportText } from "@/components/reports/report-text";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { AskFirstQuestion, useAskFirst } from "@/components/ui/ask-first";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { useHydrated } from "@/components/ui/use-hydrated";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { fillMessage } from "@/lib/i18n/fill-message";
import type { Locale } from "@/lib/i18n/translate";
import type { DepartmentKeywords } from "@/lib/extract/types";
import type { TImportCandidate } from "@/lib/imports/types";
import { AddFromSelection } from "./add-from-selection";
import { addedRow, insertInTextOrder, type ReviewSection } from "./added-row";
import { AcceptanceNotes } from "./acceptance-notes";
import { BulkLeadBar } from "./bulk-lead-bar";
import { bulkLead } from "./bulk-lead";
import { CandidateRow } from "./candidate-row";
import { DiscardImportButton } from "./discard-import-button";
import { useLeaveWarning } from "./use-leave-warning";
import { OtherTabNote } from "./other-tab-note";
import { RestoredReviewNote } from "./restored-review-note";
import { useSavedReview } from "./use-saved-review";
import { useOpenFirstRefused } from "./use-open-first-refused";
import { acceptedRows, canMergeWithNext, mergeQuestion, mergeWithNext, reviewErrors, reviewProblems, splitRow, toReviewRow, updateRow, withEdited, type EditedFields } from "./review-rows";
import { reviewAnswer } from "./review-answer";
import { showInPane } from "./show-in-pane";
import type { ReviewLabels, ReviewOptions, ReviewRow } from "./review-types";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The admin's review of an import: the report text with every candidate highlighted, beside the
 * candidates to accept, edit, merge, split or reject, with owners set one by one or in bulk.
 */
export function CandidateReview({
  locale,
  userId,
  draftId,
  reportYear,
  today,
  text,
  sections,
  candidates,
  savedReviewBase,
  options,
  leadKeywords,
  likelyCopy,
  labels,
  acceptAction,
  discardAction,
}: {
  /** The reader's language, for the targets' words ("增长 6%" / "up 6%"). */
  locale: Locale;
  /** Whose edits are kept in the browser: another admin on the same machine does not get them. */
  userId: number;
  draftId: number;
  /** The draft's year: a deadline before it, or far after it, is refused (candidateProblems). */
  reportYear: number;
  /** Beijing's day: the deadlines before it are said to be past already. */
  today: string;
  text: string;
  /** The draft's sections: a commitment added from selected text belongs to the one holding it. */
  sections: ReviewSection[];
  candidates: TImportCandidate[];
  /** The fingerprint of the draft's stored candidates its saved edits are kept under (saved-review.ts). */
  savedReviewBase: string;
  options: ReviewOptions;
  /** The import's keyword table: a row added from selected text is suggested a lead by it, as the extractor's rows were. */
  leadKeywords: DepartmentKeywords;
  /**
   * The reports imported already that this draft may be a copy of (findSimilarReports): their ids,
   * sent once the admin confirms, and their names as the question says them. Null when there are none.
   */
  likelyCopy: { ids: number[]; names: string } | null;
  labels: ReviewLabels;
  acceptAction: Action;
  discardAction: Action;
}) {
  const [initialRows] = useState<ReviewRow[]>(() => candidates.map(toReviewRow));
  const [rows, setRows] = useState<ReviewRow[]>(initialRows);
  const [editing, setEditing] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // The last bulk lead applied, said until the selection changes again.
  const [bulkApplied, setBulkApplied] = useState<{ count: number; department: string; rejectedLeft: number } | null>(null);
  const [nextKey, setNextKey] = useState(1);
  // Set by the first attempt to accept: from then on, number fields are checked as they are typed.
  const [numbersChecked, setNumbersChecked] = useState(false);
  // When the admin last tried to accept: the answer the live figure check gives (the focus moves
  // to it once per attempt, not as the count of bad figures changes).
  const [checkedAt, setCheckedAt] = useState<number | undefined>(undefined);
  // Whether the last attempt was held back in the browser (not sent): its summary is then the answer.
  const [heldBack, setHeldBack] = useState(false);
  const [acceptState, accept, accepting] = useActionState(acceptAction, initialFormState);
  // A likely copy is imported only past a question naming what it may copy; the server refuses it
  // without the answer (acceptImport), so the question cannot be skipped.
  const { asking: askingCopy, ask: askCopy, stopAsking: stopAskingCopy, triggerRef: copyTrigger, cancelRef: copyCancel } = useAskFirst(acceptState);
  // Answered once, it is not asked again on this page: an attempt refused for a row sends the answer again.
  const [copyConfirmed, setCopyConfirmed] = useState(false);
  // The rows the last accept sent, in order: the server's "candidates.<n>" count these, whatever
  // was added, split or rejected since.
  const [sentKeys, setSentKeys] = useState<string[]>([]);
  // The fields edited since the server's last answer (by its submittedAt): its messages on them
  // are out of date, the others' stay until the next attempt.
  const [edited, setEdited] = useState<{ answer: number | undefined; fields: EditedFields }>({ answer: undefined, fields: {} });
  const editedSinceAnswer = edited.answer === acceptState.submittedAt ? edited.fields : {};
  const noteEdited = (keys: string[], patch: Partial<ReviewRow>) =>
    setEdited((e) => ({
      answer: acceptState.submittedAt,
      fields: keys.reduce((fields, key) => withEdited(fields, key, patch), e.answer === acceptState.submittedAt ? e.fields : {}),
    }));
  const change = (key: string, patch: Partial<ReviewRow>) => {
    setRows((rs) => updateRow(rs, key, patch));
    noteEdited([key], patch);
  };
  const [discardState, discard, discarding] = useActionState(discardAction, initialFormState);

  const hydrated = useHydrated();
  // The edits are kept in this browser as they are made, and given back when the page opens again.
  const { restoredAt, forget, otherTabAt, takeOtherTab, keepThisTab } = useSavedReview({
    userId,
    draftId,
    base: savedReviewBase,
    initialRows,
    rows,
    nextKey,
    sending: accepting || discarding,
    restore: (saved) => {
      setRows(saved.rows);
      setNextKey(saved.nextKey);
    },
  });
  const startAgain = () => {
    forget();
    setRows(initialRows);
    setNextKey(1);
    setEditing(null);
    setSelected(new Set());
    setBulkApplied(null);
  };

  // Every edit replaces the rows array: once it is not the first one, there is work to lose.
  useLeaveWarning(rows !== initialRows && acceptState.status !== "success" && !accepting && !discarding, labels.leaveQuestion);
  const { candidates: accepted, invalid } = acceptedRows(rows);
  const invalidKeys = Object.keys(invalid);
  const departmentName = new Map(options.departments.map((d) => [d.id, d.name]));
  const highlights = useMemo(
    () => rows.filter((r) => !r.rejected).map((r) => ({ start: r.start, end: r.end, id: `cand-${r.key}` })),
    [rows],
  );
  const source = useMemo(() => <ReportText text={text} highlights={highlights} />, [text, highlights]);
  const sourcePane = useRef<HTMLDivElement>(null);
  // The pane scrolls on its own (sticky beside the list): a row opened or reached shows its sentence there.
  const sourceSection = useRef<HTMLElement>(null);
  useEffect(() => {
    if (editing) showInPane(sourceSection.current, `cand-${editing}`);
  }, [editing]);
  // A row added from the selected text: its editor opened, the focus on its indicator to shorten.
  const [focusAdded, setFocusAdded] = useState<string | null>(null);
  useEffect(() => {
    if (!focusAdded) return;
    const field = document.querySelector<HTMLElement>(`#editor-${CSS.escape(focusAdded)} input`);
    field?.scrollIntoView({ block: "center" });
    field?.focus();
  }, [focusAdded]);
  const addFromSelection = (span: { start: number; end: number; section: ReviewSection }) => {
    const row = addedRow(text, span, `n${nextKey}`, reportYear, { keywords: leadKeywords, departments: options.departments });
    const next = insertInTextOrder(rows, row);
    setRows(next);
    setEditing(row.key);
    setFocusAdded(row.key);
    setNextKey((k) => k + 1);
    return fillMessage(labels.addFromSelection.added, { n: next.indexOf(row) + 1, indicator: row.indicator });
  };
  const acceptedKeys = accepted.map((r) => r.key);
  // Said from the start, not only once accepting was tried: unlike a half-typed figure, a deadline
  // in 2099 or −5 个 is not on its way to being right.
  const problems = reviewProblems(accepted, reportYear, labels.problems);
  const errorsByKey = reviewErrors(acceptState.fieldErrors, sentKeys, numbersChecked ? invalid : {}, labels, editedSinceAnswer);
  for (const [key, fields] of Object.entries(problems)) Object.assign((errorsByKey[key] ??= {}), fields);
  // Accepting waits for these too, in list order: the first is opened.
  const held = rows.filter((r) => invalid[r.key] || problems[r.key]);
  const refused = useOpenFirstRefused(acceptState, rows, sentKeys, setEditing);
  // A row whose indicator was cleared is named by its place in the list, not by empty quotes.
  const nameOfRow = (row: ReviewRow) => row.indicator.trim() || fillMessage(labels.rowNumber, { n: rows.indexOf(row) + 1 });
  // Said above the list once the last attempt was held back for them.
  const message = reviewAnswer({ numbersChecked, invalidCount: invalidKeys.length, checkedAt, heldBack, held, refused, acceptState, discardState, nameOfRow, labels });

  const toggleSelected = (key: string) => {
    setBulkApplied(null);
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };

  return (
    // Side by side on a wide screen; narrower, the candidates come first (the report's text, tens
    // of thousands of characters, follows in its own scrolling box).
    // data-hydrated: from then on, another tab's save of this draft is heard (a `storage` listener).
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2" data-testid="candidate-review" data-hydrated={hydrated}>
      {/* Beside the list, it stays in sight as the list scrolls (sticky, as tall as the window), and
          scrolls on its own: a candidate far down the list is checked against its sentence. */}
      <section
        ref={sourceSection}
        aria-label={labels.source}
        className="overflow-auto rounded-xl border border-slate-200 bg-white p-5 max-xl:order-2 max-xl:max-h-[60vh] xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:self-start"
      >
        <AddFromSelection text={text} sections={sections} pane={sourcePane} labels={labels.addFromSelection} onAdd={addFromSelection} />
        <div ref={sourcePane}>{source}</div>
      </section>
      <section className="min-w-0 max-xl:order-1">
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <form
            action={accept}
            onSubmit={(e) => {
              setNumbersChecked(true);
              setHeldBack(held.length > 0);
              if (held.length === 0 && likelyCopy && !askingCopy && !copyConfirmed) {
                e.preventDefault();
                return askCopy();
              }
              // Sent while the question is open: its confirming answer.
              if (held.length === 0 && askingCopy) setCopyConfirmed(true);
              if (held.length === 0) return setSentKeys(acceptedKeys);
              setCheckedAt(Date.now());
              // Held back in the browser: the server would only see a figure that is not one as
              // empty, and would refuse the rest in the same words.
              e.preventDefault();
              setEditing(held[0].key);
            }}
          >
            <input type="hidden" name="draftId" value={draftId} />
            <input type="hidden" name="candidates" value={JSON.stringify(accepted)} />
            {likelyCopy &&
              (askingCopy || copyConfirmed) &&
              likelyCopy.ids.map((id) => <input key={id} type="hidden" name="copyOf" value={id} />)}
            {askingCopy && likelyCopy ? (
              <AskFirstQuestion
                question={<SentenceWithData template={labels.copyQuestion} data={{ reports: likelyCopy.names }} lang={REPORT_LANG} />}
                detail={labels.copyDetail}
                confirm={fillMessage(labels.copyConfirm, { count: accepted.length })}
                cancel={labels.discardCancel}
                onCancel={stopAskingCopy}
                cancelRef={copyCancel}
                pending={accepting}
              />
            ) : (
              <SubmitButton ref={copyTrigger} pending={accepting} disabled={accepted.length === 0}>
                {fillMessage(labels.accept, { count: accepted.length })}
              </SubmitButton>
            )}
          </form>
          <DiscardImportButton
            draftId={draftId}
            action={discard}
            pending={discarding}
            labels={{ discard: labels.discard, question: labels.discardQuestion, confirm: labels.discardConfirm, cancel: labels.discardCancel }}
          />
          <span className="text-sm text-slate-600">
            {fillMessage(labels.candidates, { count: rows.length, accepted: accepted.length })}
          </span>
        </div>
        <FormMessage state={message} />
        <RestoredReviewNote
          restoredAt={restoredAt}
          onStartAgain={startAgain}
          labels={{ restored: labels.restored, startAgain: labels.startAgain, question: labels.startAgainQuestion, confirm: labels.startAgainConfirm, cancel: labels.discardCancel, startedAgain: labels.startedAgain }}
        />
        <OtherTabNote
          savedAt={otherTabAt}
          onTake={() => {
            takeOtherTab();
            setEditing(null);
            setSelected(new Set());
            setBulkApplied(null);
          }}
          onKeep={keepThisTab}
          labels={{ otherTab: labels.otherTab, takeOtherTab: labels.takeOtherTab, keepThisTab: labels.keepThisTab, tookOtherTab: labels.tookOtherTab, keptThisTab: labels.keptThisTab, droppedOtherTab: labels.droppedOtherTab }}
        />
        <AcceptanceNotes accepted={accepted} today={today} labels={labels} />
        <BulkLeadBar
          allSelected={selected.size > 0 && selected.size === rows.length}
          noneSelected={selected.size === 0}
          onSelectAll={(all) => {
            setBulkApplied(null);
            setSelected(all ? new Set(rows.map((r) => r.key)) : new Set());
          }}
          onApply={(lead) => {
            // As the editor chooses a lead (chooseLead): an official of the new lead kept, the lead
            // taken off the supporting departments, which the row's summary then shows.
            // Of the rows to be imported only: the rejected ones selected (all, say) are left, and said so.
            const { patches, rejectedLeft } = bulkLead(rows, selected, lead, options.officials);
            setRows((rs) => rs.map((r) => ({ ...r, ...patches.get(r.key) })));
            for (const [key, patch] of patches) noteEdited([key], patch);
            // Done with: the rows are let go (a second department is chosen for others), and what was done is said.
            setSelected(new Set());
            setBulkApplied({ count: patches.size, department: departmentName.get(lead) ?? "", rejectedLeft });
          }}
          applied={bulkApplied}
          departments={options.departments}
          labels={labels}
        />
        <ol className="space-y-2">
          {rows.map((row, index) => (
            <CandidateRow
              key={row.key}
              row={row}
              number={index + 1}
              reportYear={reportYear}
              text={text}
              locale={locale}
              labels={labels}
              options={options}
              departmentName={departmentName}
              errors={errorsByKey[row.key]}
              selected={selected.has(row.key)}
              editing={editing === row.key}
              canMerge={canMergeWithNext(rows, row.key)}
              mergeQuestion={() => mergeQuestion(rows, row.key, { text, locale, question: labels.mergeQuestion })}
              onFocus={() => showInPane(sourceSection.current, `cand-${row.key}`)}
              onToggleSelected={() => toggleSelected(row.key)}
              onToggleEditing={() => setEditing(editing === row.key ? null : row.key)}
              onToggleRejected={() => setRows((rs) => updateRow(rs, row.key, { rejected: !row.rejected }))}
              onSplit={() => {
                setRows((rs) => splitRow(rs, row.key, `n${nextKey}`));
                // The copy is opened for editing: two identical rows are only a start.
                setEditing(`n${nextKey}`);
                setNextKey((k) => k + 1);
              }}
              onMerge={() => setRows((rs) => mergeWithNext(rs, row.key))}
              onChange={(patch) => change(row.key, patch)}
            />
          ))}
        </ol>
      </section>
    </div>
  );
}
