/**
 * The owners rule on supporters: the lead department leads, so it does not support the same
 * commitment too. Pure, so the forms leave the lead out of the supporters they offer by the same
 * rule the server refuses (refuseLeadAsSupporter) and the bulk and import writers skip by.
 */
export function maySupport(departmentId: number, leadDepartmentId: number | null | undefined): boolean {
  return departmentId !== leadDepartmentId;
}

/** The departments a form offers as supporters once `leadDepartmentId` is picked: all but it. */
export function supporterChoices<D extends { id: number }>(departments: readonly D[], leadDepartmentId: number | null | undefined): D[] {
  return departments.filter((d) => maySupport(d.id, leadDepartmentId));
}

/** The lead a department select's value names: none for its empty option. */
export function chosenLead(value: string): number | null {
  return value === "" ? null : Number(value);
}
