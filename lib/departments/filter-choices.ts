import { DATA_LANG } from "@/lib/reports/report-lang";

/**
 * Departments to filter by: every one, the inactive ones marked — their commitments and updates
 * are still there to find, and a link filtered to one must show the filter it applies. `lang`
 * only where the choice is the name alone (the suffix is the reader's words).
 */
export function filterDepartmentChoices(all: readonly { id: number; name: string; active: boolean }[], inactiveSuffix: string): { id: number; name: string; lang?: string }[] {
  return all.map((d) => (d.active ? { id: d.id, name: d.name, lang: DATA_LANG } : { id: d.id, name: `${d.name}${inactiveSuffix}` }));
}
