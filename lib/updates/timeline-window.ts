import type { UpdateView } from "./types";

/** Updates a detail page shows before "show all": a year of monthly reports and then some. */
const TIMELINE_SIZE = 20;

/**
 * The part of a commitment's history the page renders: the newest TIMELINE_SIZE readings, plus
 * any older update still waiting for someone (submitted, or returned and not yet answered), so
 * nothing that asks for action is hidden. A commitment reported weekly has 50+ updates a year,
 * and rendering them all on every visit is most of the page's cost.
 */
export function timelineWindow(updates: readonly UpdateView[], showAll: boolean, size = TIMELINE_SIZE): { shown: UpdateView[]; hidden: number } {
  if (showAll || updates.length <= size) return { shown: [...updates], hidden: 0 };
  const shown = updates.filter((u, i) => i < size || u.state === "SUBMITTED" || (u.state === "RETURNED" && !u.resubmittedById));
  return { shown, hidden: updates.length - shown.length };
}
