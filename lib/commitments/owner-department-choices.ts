import { filterDepartmentChoices } from "@/lib/departments/filter-choices";

/**
 * The departments the owners form offers: the active ones, plus any inactive department the
 * commitment already has as lead or support (marked as such). Without them the form would show
 * "无" for an inactive lead and drop an inactive supporter on the next save, silently.
 */
export function ownerDepartmentChoices<D extends { id: number; name: string; active: boolean }>(
  all: readonly D[],
  current: { leadDepartmentId: number | null; supportingDepartmentIds: readonly number[] },
  inactiveSuffix: string,
): { id: number; name: string; lang?: string }[] {
  const kept = new Set([...(current.leadDepartmentId == null ? [] : [current.leadDepartmentId]), ...current.supportingDepartmentIds]);
  return filterDepartmentChoices(all.filter((d) => d.active || kept.has(d.id)), inactiveSuffix);
}
