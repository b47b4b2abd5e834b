/**
 * Departments to filter by: every one, the inactive ones marked — their commitments and updates
 * are still there to find, and a link filtered to one must show the filter it applies.
 */
export function filterDepartmentChoices(all: readonly { id: number; name: string; active: boolean }[], inactiveSuffix: string): { id: number; name: string }[] {
  return all.map((d) => ({ id: d.id, name: d.active ? d.name : `${d.name}${inactiveSuffix}` }));
}
