/**
 * The lead department every ticked commitment already has, or null (none ticked, one without a
 * lead, two leads, a row not on the page). Then the bulk owners form may offer that department's
 * officials without a new lead being picked: the server accepts an official named alone when they
 * fit every selected commitment's lead (responsibleFitsLead), which a common lead guarantees.
 */
export function commonLead(ticked: readonly number[], rows: readonly { id: number; leadDepartmentId: number | null }[]): number | null {
  if (ticked.length === 0) return null;
  const leadOf = new Map(rows.map((r) => [r.id, r.leadDepartmentId]));
  const first = leadOf.get(ticked[0]);
  if (first == null) return null;
  return ticked.every((id) => leadOf.get(id) === first) ? first : null;
}
