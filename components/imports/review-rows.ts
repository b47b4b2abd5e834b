import type { TImportCandidate } from "@/lib/imports/types";
import { parseFigureText } from "@/lib/commitments/parse-figure-text";
import { figureWording, figureWordingParams, readTypedFigure, type TypedFigureProblem } from "@/lib/commitments/read-typed-figure";
import { COMPARATOR_TO_DB } from "@/lib/reports/comparator-map";
import { formatTarget } from "@/lib/commitments/format-target";
import type { Locale } from "@/lib/i18n/translate";
import { responsibleFitsLead } from "@/lib/commitments/responsible-fits-lead";
import { maySupport } from "@/lib/commitments/supporter-choices";
import { candidateProblems, type CandidateProblemKey } from "@/lib/imports/candidate-problems";
import { fillMessage } from "@/lib/i18n/fill-message";
import { onlyTargetFigures, targetFigureFields } from "@/lib/imports/target-figures";
import { typedDeadline } from "@/lib/imports/deadline-source";
import type { NumberField, ReviewLabels, ReviewRow } from "./review-types";

// The review's edits as pure functions over the row list, so the component stays a view.

export function toReviewRow({ row: _row, ...candidate }: TImportCandidate): ReviewRow {
  const text = (n: number | null) => (n == null ? "" : String(n));
  // A draft's candidates stored before deadlineSetByAdmin existed have none: the extractor's own day.
  const setByAdmin = candidate.deadlineSetByAdmin === true;
  return {
    ...candidate,
    value: text(candidate.value),
    min: text(candidate.min),
    max: text(candidate.max),
    deadlineSetByAdmin: setByAdmin,
    rejected: false,
    reportDeadline: candidate.deadlineStated && !setByAdmin ? candidate.deadline : null,
  };
}

/**
 * A deadline typed in the editor, and whose it is (typedDeadline): the report's day typed back is
 * the report's, the year's end where the report gave none is the default, any other the admin's.
 */
export function chooseDeadline(row: ReviewRow, deadline: string, reportYear: number): Partial<ReviewRow> {
  return typedDeadline(deadline, row.reportDeadline, reportYear);
}

export function updateRow(rows: ReviewRow[], key: string, patch: Partial<ReviewRow>): ReviewRow[] {
  return rows.map((r) => (r.key === key ? { ...r, ...patch } : r));
}

/** Two commitments where the extractor saw one: a copy right after it, to edit apart. */
export function splitRow(rows: ReviewRow[], key: string, newKey: string): ReviewRow[] {
  const i = rows.findIndex((r) => r.key === key);
  if (i < 0) return rows;
  return [...rows.slice(0, i + 1), { ...rows[i], key: newKey }, ...rows.slice(i + 1)];
}

/** The row a merge would take in: the next one not rejected, if it is in the same section. */
function mergePartner(rows: ReviewRow[], key: string): ReviewRow | null {
  const i = rows.findIndex((r) => r.key === key);
  const next = i < 0 ? undefined : rows.slice(i + 1).find((r) => !r.rejected);
  // Across a section heading the quote would span the heading and every paragraph between.
  return next && next.section === rows[i].section ? next : null;
}

export const canMergeWithNext = (rows: ReviewRow[], key: string) => mergePartner(rows, key) !== null;

/**
 * One commitment where the extractor saw two in one section: the first keeps its fields, the
 * quote spans both.
 */
export function mergeWithNext(rows: ReviewRow[], key: string): ReviewRow[] {
  const i = rows.findIndex((r) => r.key === key);
  const next = mergePartner(rows, key);
  if (!next) return rows;
  const merged = { ...rows[i], start: Math.min(rows[i].start, next.start), end: Math.max(rows[i].end, next.end) };
  return rows.filter((r) => r.key !== next.key).map((r) => (r.key === key ? merged : r));
}

/**
 * What merging a row with the next one would drop, asked before it is done: the first keeps its
 * indicator and target, the next one's are lost ("合并后将只保留“城镇新增就业 约 1200万人”，
 * “城镇调查失业率 ≤ 5.5%”的目标将被舍弃"). Null when there is nothing to merge with.
 */
export function mergeQuestion(
  rows: ReviewRow[],
  key: string,
  { text, locale, question }: { text: string; locale: Locale; question: string },
): string | null {
  const row = rows.find((r) => r.key === key);
  const next = mergePartner(rows, key);
  if (!row || !next) return null;
  const named = (r: ReviewRow) => {
    // A milestone (节点任务) has no figure: its name is all it has.
    const target = r.kind === "milestone" ? "" : formatTarget({ ...reviewTarget(r), quote: text.slice(r.start, r.end) }, locale);
    return [r.indicator.trim(), target].filter(Boolean).join(" ");
  };
  return fillMessage(question, { kept: named(row), lost: named(next) });
}

/**
 * A lead department chosen in the editor: a responsible official of another department starts
 * again (the accept would refuse them), and the lead is no longer one of the supporting
 * departments — said beside the field (`removedFromSupporting`), not done silently.
 */
export function chooseLead(
  row: ReviewRow,
  lead: number | null,
  officials: readonly { id: number; departmentId: number | null }[],
): { patch: Partial<ReviewRow>; removedFromSupporting: number | null } {
  const keeps = officials.some((o) => o.id === row.responsibleUserId && responsibleFitsLead(o.departmentId, lead));
  const supporting = row.supportingDepartmentIds.filter((d) => maySupport(d, lead));
  const removed = lead != null && supporting.length < row.supportingDepartmentIds.length ? lead : null;
  return {
    patch: {
      leadDepartmentId: lead,
      ...(keeps ? {} : { responsibleUserId: null }),
      ...(removed != null ? { supportingDepartmentIds: supporting } : {}),
    },
    removedFromSupporting: removed,
  };
}

export interface AcceptedRows {
  /** The rows not rejected, as the accept action takes them, each with its number in the list (`row`). */
  candidates: TImportCandidate[];
  /**
   * Row key → the shown number fields whose text is not a number, each with what is wrong with it
   * ("69.5%", "1e3", "八", "约5": readTypedFigure's answer); accepting waits for these.
   */
  invalid: Record<string, Partial<Record<NumberField, TypedFigureProblem>>>;
}

/** A parsed number field as a value: text that is not a number counts as none here. */
const orNull = (n: number | null | "invalid") => (n === "invalid" ? null : n);

/**
 * Every row not rejected, without the review flag, numbered as listed (rejected rows counted: the
 * "第 N 项" the admin sees, which the server's refusals use too) and with its numbers parsed. Empty is "no
 * value" (the server says which ones the target needs). A field the editor hides, such as the
 * value of a row switched to a range, never blocks and is never sent: what is accepted is the
 * target the admin sees (onlyTargetFigures).
 */
export function acceptedRows(rows: ReviewRow[]): AcceptedRows {
  const candidates: TImportCandidate[] = [];
  const invalid: AcceptedRows["invalid"] = {};
  for (const [index, row] of rows.entries()) {
    if (row.rejected) continue;
    const { rejected: _rejected, reportDeadline: _reportDeadline, value, min, max, ...rest } = row;
    const parsed = { value: parseFigureText(value), min: parseFigureText(min), max: parseFigureText(max) };
    // The number fields the editor shows: only these can hold the admin's typing errors.
    for (const field of targetFigureFields(row)) if (parsed[field] === "invalid") (invalid[row.key] ??= {})[field] = whyNotANumber(row[field]);
    candidates.push(onlyTargetFigures({ ...rest, row: index + 1, value: orNull(parsed.value), min: orNull(parsed.min), max: orNull(parsed.max) }));
  }
  return { candidates, invalid };
}

/** What is wrong with a number field's text that parseFigureText refused, in the forms' terms. */
function whyNotANumber(text: string): TypedFigureProblem {
  const read = readTypedFigure(text);
  return "problem" in read ? read : { problem: "notANumber" };
}

/** A row's target as the summary line shows it: half-typed text ("-") as what it would be accepted as. */
export function reviewTarget(row: ReviewRow) {
  const number = (text: string) => orNull(parseFigureText(text));
  const target = onlyTargetFigures({ kind: row.kind, comparator: row.comparator, unit: row.unit, value: number(row.value), min: number(row.min), max: number(row.max) });
  return {
    comparator: target.comparator ? COMPARATOR_TO_DB[target.comparator] : null,
    targetValue: target.value,
    targetMin: target.min,
    targetMax: target.max,
    unit: target.unit,
  };
}

/** Row key → field → messages the server sent, as "candidates.<index>.<field>" (the index counts accepted rows). */
export function serverRowErrors(fieldErrors: Record<string, string[]> | undefined, acceptedKeys: string[]) {
  const out: Record<string, Record<string, string[]>> = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const match = /^candidates\.(\d+)\.(\w+)$/.exec(path);
    if (!match) continue;
    const key = acceptedKeys[Number(match[1])];
    if (key) (out[key] ??= {})[match[2]] = messages;
  }
  return out;
}

/** Row key → the fields edited since the server last answered: its messages on them are out of date. */
export type EditedFields = Record<string, readonly string[]>;

/** The fields an edit of a row touches (a patch's keys), added to those edited before. */
export function withEdited(edited: EditedFields, key: string, patch: Partial<ReviewRow>): EditedFields {
  return { ...edited, [key]: [...new Set([...(edited[key] ?? []), ...Object.keys(patch)])] };
}

/**
 * Row key → field → messages: the server's (serverRowErrors) on the fields not edited since it
 * answered, and the browser's own for number fields that are not numbers, each saying what is
 * wrong with its text. `sentKeys`: the rows the answer is about, in the order they were sent (a
 * row added, split or rejected since does not move the messages onto another row).
 */
export function reviewErrors(
  fieldErrors: Record<string, string[]> | undefined,
  sentKeys: string[],
  invalid: AcceptedRows["invalid"],
  said: Pick<ReviewLabels, "notANumber" | "enumeration">,
  edited: EditedFields = {},
) {
  const out: Record<string, Record<string, string[]>> = {};
  for (const [key, fields] of Object.entries(serverRowErrors(fieldErrors, sentKeys))) {
    const kept = Object.entries(fields).filter(([field]) => !edited[key]?.includes(field));
    if (kept.length > 0) out[key] = Object.fromEntries(kept);
  }
  for (const [key, fields] of Object.entries(invalid)) {
    // The figure meant ("如 462") and the estimating words are the field's own: filled here, in the browser.
    for (const [field, problem] of Object.entries(fields)) (out[key] ??= {})[field] = [fillMessage(said.notANumber[figureWording(problem)], figureWordingParams(problem), said.enumeration)];
  }
  return out;
}

/**
 * The fields a row's open editor shows, each with its own message beside it: while the editor is
 * open, the row's summary leaves their messages to them, so each mistake is said once.
 */
export function fieldsInEditor(row: ReviewRow): Set<string> {
  const fields = ["indicator", "deadline", "leadDepartmentId", "responsibleUserId", "supportingDepartmentIds"];
  if (row.kind === "numeric") fields.push("comparator", "unit", ...(row.comparator === "range" ? ["min", "max"] : ["value"]));
  return new Set(fields);
}

/** What a row's summary says of its mistakes: each message once, those shown beside an open editor's fields left to them. */
export function summaryMessages(row: ReviewRow, errors: Record<string, string[]> | undefined, editing: boolean): string[] {
  const beside = editing ? fieldsInEditor(row) : new Set<string>();
  // Once each: the live check and the server's answer may name the same mistake.
  return [...new Set(Object.entries(errors ?? {}).flatMap(([field, messages]) => (beside.has(field) ? [] : messages)))];
}

/**
 * Row key → field → what the accept would refuse of the accepted rows (candidateProblems: a
 * deadline outside the report's years, a figure below zero where none can be, a missing unit), in
 * the server's words, each row named by its number in the list.
 */
export function reviewProblems(candidates: TImportCandidate[], reportYear: number, messages: Record<CandidateProblemKey, string>) {
  const out: Record<string, Record<string, string[]>> = {};
  candidates.forEach((c, i) => {
    for (const p of candidateProblems(c, reportYear, c.row ?? i + 1)) ((out[c.key] ??= {})[p.field] ??= []).push(fillMessage(messages[p.messageKey], p.params));
  });
  return out;
}

/**
 * How many of the rows to accept are already past their deadline on `today` (Beijing's day): a
 * past year's report becomes overdue as it is imported, and its commitments go on their
 * departments' lists at once. The deadline day itself is still in time, as the status light has it.
 */
export function pastDeadlines(candidates: readonly Pick<TImportCandidate, "deadline">[], today: string): number {
  return candidates.filter((c) => c.deadline < today).length;
}

/** A row due by an occasion the report gives no day for ("牡丹文化节前"), whose day the admin has not typed. */
export function awaitsOccasionDay(row: Pick<TImportCandidate, "deadlineOccasion" | "deadlineSetByAdmin">): boolean {
  return Boolean(row.deadlineOccasion) && !row.deadlineSetByAdmin;
}

/**
 * The rows to accept still due at the year's end only because the report names an occasion, not a
 * day (awaitsOccasionDay): how many, and the first one's occasion to name. Their overdue alerts
 * would come months late (a festival in April): the review asks for the day. Null when none.
 */
export function occasionDeadlines(candidates: readonly Pick<TImportCandidate, "deadlineOccasion" | "deadlineSetByAdmin">[]) {
  const waiting = candidates.filter(awaitsOccasionDay);
  return waiting.length === 0 ? null : { count: waiting.length, occasion: waiting[0].deadlineOccasion! };
}
