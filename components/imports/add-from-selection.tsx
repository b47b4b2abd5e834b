"use client";

import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { secondaryButtonClass } from "@/components/ui/field";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { useHydrated } from "@/components/ui/use-hydrated";
import { fillMessage } from "@/lib/i18n/fill-message";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { selectedSpan, type ReviewSection, type SelectedSpan } from "./added-row";
import { selectionOffsets } from "./selection-offsets";
import type { ReviewLabels } from "./review-types";

/** How much of the selection the button's hint quotes. */
const EXCERPT_CHARS = 40;

/**
 * Adds a commitment the extractor missed from the text the admin selects in the report's pane
 * (`pane`): the button's hint says what is selected (its section, its length, its start), so a
 * screen reader user hears what the button will take; a selection that cannot be one is refused
 * in words when the button is pressed. `onAdd` makes the row and answers what to say.
 */
export function AddFromSelection({
  text,
  sections,
  pane,
  labels,
  onAdd,
}: {
  text: string;
  sections: readonly ReviewSection[];
  pane: RefObject<HTMLElement | null>;
  labels: ReviewLabels["addFromSelection"];
  onAdd: (span: Extract<SelectedSpan, { start: number }>) => string;
}) {
  const hydrated = useHydrated();
  const hintId = useId();
  const answerId = useId();
  const bar = useRef<HTMLDivElement>(null);
  // What the selection is now; kept while the focus is on this bar (reaching the button by Tab,
  // with caret browsing, may collapse the selection on the way).
  const [chosen, setChosen] = useState<SelectedSpan | null>(null);
  const [answer, setAnswer] = useState<{ text: string; refused: boolean } | null>(null);

  useEffect(() => {
    const read = () => {
      if (!pane.current) return;
      const offsets = selectionOffsets(document.getSelection(), pane.current);
      if (offsets === null && bar.current?.contains(document.activeElement)) return;
      setChosen(offsets === null ? null : offsets === "outside" ? { problem: "outside" } : selectedSpan(text, sections, offsets.start, offsets.end));
    };
    document.addEventListener("selectionchange", read);
    return () => document.removeEventListener("selectionchange", read);
  }, [pane, text, sections]);

  const problem = (c: SelectedSpan | null): string | null => {
    if (c === null || ("problem" in c && c.problem === "empty")) return labels.empty;
    if (!("problem" in c)) return null;
    if (c.problem === "outside") return labels.outside;
    if (c.problem === "noSection") return labels.noSection;
    return fillMessage(labels.crossesHeading, { heading: c.heading });
  };
  // Without a selection to add: what is wrong with it, but outside the pane (the focus in an
  // editor's field, say) how to select.
  const withoutSpan = chosen && "problem" in chosen && chosen.problem !== "outside" ? problem(chosen) : labels.none;
  const hint =
    chosen && !("problem" in chosen) ? (
      // The section and the excerpt are the report's words: read as Chinese on an English page too.
      <SentenceWithData
        lang={REPORT_LANG}
        template={fillMessage(labels.selected, { count: chosen.end - chosen.start })}
        data={{
          section: `${chosen.section.code} ${chosen.section.title}`,
          excerpt: chosen.end - chosen.start > EXCERPT_CHARS ? `${text.slice(chosen.start, chosen.start + EXCERPT_CHARS)}…` : text.slice(chosen.start, chosen.end),
        }}
      />
    ) : (
      withoutSpan
    );

  // Refused for what the hint already says (the selection crosses a heading, say): said once, as
  // the refusal, which the button is then described by.
  const repeated = answer?.refused === true && chosen !== null && "problem" in chosen && answer.text === withoutSpan;

  return (
    <div ref={bar} data-pane-bar className="sticky top-0 z-10 -mx-5 -mt-5 mb-3 border-b border-slate-200 bg-white px-5 py-2 text-sm" data-testid="add-from-selection">
      <button
        type="button"
        className={secondaryButtonClass}
        aria-describedby={repeated ? answerId : hintId}
        disabled={!hydrated}
        // A click must not take the selection it is about away.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          const refused = problem(chosen);
          if (refused !== null || chosen === null || "problem" in chosen) return setAnswer({ text: refused ?? labels.empty, refused: true });
          setAnswer({ text: onAdd(chosen), refused: false });
        }}
      >
        {labels.button}
      </button>
      <p id={hintId} className="mt-1 text-xs text-slate-500 empty:hidden" data-testid="selection-hint">
        {repeated ? null : hint}
      </p>
      <p id={answerId} aria-live="polite" className={`mt-1 text-xs ${answer?.refused ? "text-red-700" : "text-emerald-700"}`} data-testid="selection-answer">
        {answer?.text}
      </p>
    </div>
  );
}
