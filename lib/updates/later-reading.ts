import { toEpochDay, toIsoDay, type DayInput } from "@/lib/progress/iso-day";

/** A reading as the order of readings sees it: its day, and its id (the order it was submitted in). */
export interface ReadingOrder {
  asOf: DayInput;
  id: number;
}

/**
 * Whether reading `a` comes after `b`: a later day, or the same day and submitted later. Of two
 * readings of one day the later one is the official's correction and stands, whichever the
 * reviewer approves first; the commitment's figures, past days' views and the chart all keep
 * this order.
 */
export function isLaterReading(a: ReadingOrder, b: ReadingOrder): boolean {
  const [dayA, dayB] = [toEpochDay(a.asOf), toEpochDay(b.asOf)];
  return dayA > dayB || (dayA === dayB && a.id > b.id);
}

/**
 * The day of the approved reading that stands over `update`, or null: approving `update` would
 * then not make it the commitment's figure, which the reviewer is told before deciding.
 */
export function supersedingDay(latest: { latestAsOf: DayInput | null; latestUpdateId: number | null }, update: ReadingOrder): string | null {
  if (latest.latestAsOf === null) return null;
  // As applyApprovedFigures reads it: figures without their update's id lose a same-day tie.
  return isLaterReading({ asOf: latest.latestAsOf, id: latest.latestUpdateId ?? 0 }, update) ? toIsoDay(latest.latestAsOf) : null;
}

/**
 * Whether a returned reading is overtaken by the commitment's latest approved one, so that it is
 * no longer on the official's to-do list (RETURNED_TO_ANSWER_SQL, lib/my-work): that reading stands
 * over it and was sent after it (the official reported again). A late report of an earlier day,
 * sent after the latest approved reading, is still to answer when returned.
 */
export function isOvertakenReturn(latest: { latestAsOf: DayInput | null; latestUpdateId: number | null }, update: ReadingOrder): boolean {
  if (supersedingDay(latest, update) === null) return false;
  return latest.latestUpdateId === null || update.id < latest.latestUpdateId;
}
