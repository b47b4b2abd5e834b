/**
 * The owners rule every writer and form applies: a responsible official answers to the lead
 * department, so there must be a lead, and it must be the official's own department. Pure, so the
 * forms filter their choices by the same rule the server refuses by.
 */
export function responsibleFitsLead(officialDepartmentId: number | null | undefined, leadDepartmentId: number | null | undefined): boolean {
  return leadDepartmentId != null && officialDepartmentId === leadDepartmentId;
}
