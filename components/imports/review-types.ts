import type { TImportCandidate } from "@/lib/imports/types";
import type { CandidateProblemKey } from "@/lib/imports/candidate-problems";
import type { FigureWording } from "@/lib/commitments/read-typed-figure";
import type { CheckListLabels } from "@/components/ui/check-list";

export type NumberField = "value" | "min" | "max";

/**
 * A candidate under review. Its numbers are the text the admin typed ("5.", "-"), parsed only when
 * the rows are accepted: a number input bound to a number cannot hold a half-typed 5.5 or −3.
 */
export type ReviewRow = Omit<TImportCandidate, NumberField | "row"> &
  Record<NumberField, string> & {
    rejected: boolean;
    /**
     * The day the report itself states for it (null: none, its year's end is a default), kept
     * through edits, splits and saves: a deadline typed back to it is the report's again.
     */
    reportDeadline: string | null;
  };

export interface ReviewOptions {
  /** The departments that may be chosen (active ones). */
  departments: { id: number; name: string }[];
  officials: { id: number; displayName: string; departmentId: number | null }[];
  /** Names of departments deactivated since: a choice of one restored from saved edits is named. */
  inactiveDepartments: Record<number, string>;
}

export interface ReviewLabels {
  candidates: string;
  accept: string;
  discard: string;
  /** The in-page confirmation of a discard: the question, then its two answers. */
  discardQuestion: string;
  discardConfirm: string;
  discardCancel: string;
  /**
   * Asked before importing a likely copy of a report imported already (findSimilarReports): the
   * question, with {reports} the reports named, what to know, and the answer that imports.
   */
  copyQuestion: string;
  copyDetail: string;
  copyConfirm: string;
  /** On a number field whose text is not a number, by what is wrong with it ("69.5%", "1e3", "八", "约5"); unfilled ({value}, {words}). */
  notANumber: Record<FigureWording, string>;
  /** How the language lists words ("、" / ", "): the estimating words typed ("约", "左右"). */
  enumeration: string;
  /** Above the list when accepting is held back by such fields; has {count}. */
  numbersInvalid: string;
  /** What the accept refuses of a candidate (candidateProblems), checked as the admin types. */
  problems: Record<CandidateProblemKey, string>;
  /** A refusal naming rows: "{count}" of them, the first ("{indicator}") opened. */
  rowsInvalid: string;
  /** A row's number in the list, shown on it and naming it where it has no indicator: "第 {n} 项". */
  rowNumber: string;
  /** Above the list while accepted rows are past their deadline already; has {count} and {today}. */
  pastDeadlines: string;
  /** Above the list while accepted rows have no lead department; has {count}. */
  noLead: string;
  /** Above the list while accepted rows are due by an occasion without a day (occasionDeadlines); has {count} and {occasion}. */
  occasionDeadlines: string;
  /** Asked before a link leaves a review with edits. */
  leaveQuestion: string;
  /** Above the list when edits saved in this browser were given back; has {time}. */
  restored: string;
  /** Drops those edits: the extractor's candidates again, once confirmed. */
  startAgain: string;
  startAgainQuestion: string;
  startAgainConfirm: string;
  startedAgain: string;
  /** Above the list when another tab of this browser saved its edits of the same draft; has {time}. */
  otherTab: string;
  takeOtherTab: string;
  keepThisTab: string;
  tookOtherTab: string;
  keptThisTab: string;
  droppedOtherTab: string;
  /** The button adding a commitment from the text selected in the report's pane, its hint and its answers. */
  addFromSelection: {
    button: string;
    /** The hint while nothing is selected: how to select, keyboard included. */
    none: string;
    /** The hint for a selection that can be added: {section}, {count} characters, its start ({excerpt}). */
    selected: string;
    empty: string;
    outside: string;
    noSection: string;
    /** Has {heading}: the section heading the selection runs across. */
    crossesHeading: string;
    /** Once added: {n} its number in the list, {indicator}. */
    added: string;
  };
  /** The supporting departments' check list: its filter, count and buttons. */
  departmentChoice: CheckListLabels;
  /** Beside the lead department once choosing it took it out of the supporting ones: has {department}. */
  leadRemovedFromSupporting: string;
  /** Asked before merging with the next row: {kept} and {lost}, each an indicator and its target. */
  mergeQuestion: string;
  mergeConfirm: string;
  reject: string;
  restore: string;
  edit: string;
  doneEditing: string;
  split: string;
  mergeNext: string;
  rejected: string;
  /** After a deadline the report did not state (the year's end, set by default): "（报告未写明，默认年底）". */
  deadlineNotStated: string;
  /** After a deadline the admin typed: "（导入时由管理员指定）". */
  deadlineSetByAdmin: string;
  /** After a deadline the report gives as an occasion ({occasion}: "牡丹文化节前"), until the admin types its day. */
  deadlineOccasion: string;
  selectAll: string;
  bulkLead: string;
  bulkApply: string;
  /** Once applied: "已为 {count} 项设置牵头单位：{department}。" */
  bulkApplied: string;
  /** Right after bulkApplied (its own leading space where the language has one) when rejected rows were selected: they were left; has {count}. */
  bulkRejectedLeft: string;
  source: string;
  none: string;
  /** A choice no longer offered (a department deactivated, an official disabled since it was made). */
  gone: string;
  milestone: string;
  fields: {
    section: string;
    indicator: string;
    kind: string;
    value: string;
    min: string;
    max: string;
    unit: string;
    comparator: string;
    deadline: string;
    lead: string;
    supporting: string;
    responsible: string;
    quote: string;
  };
  kinds: Record<"numeric" | "milestone", string>;
  comparators: Record<string, string>;
}
