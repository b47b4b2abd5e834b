import type { FilterField, FilterOption } from "@/components/commitments/commitment-filters";
import { COMMITMENT_KINDS, KIND_LABELS, PAGE_SIZES, SEARCH_MAX, SORTS, type TCommitmentFilters } from "@/lib/commitments/filters";
import type { listFilterOptions } from "@/lib/commitments/list-filter-options";
import { filterDepartmentChoices } from "@/lib/departments/filter-choices";
import type { Translate } from "@/lib/i18n/translate";
import { STATUS_LIGHTS } from "@/lib/progress/status-light";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { reportName } from "@/lib/reports/report-name";

/**
 * The list's filter form, in the form's order: what is chosen, what may be, in the reader's words.
 * `responsible`: the 责任人 choices (the person filtered by, the chosen department's officials);
 * none, and the field is left out.
 */
export function listFilterFields(filters: TCommitmentFilters, options: Awaited<ReturnType<typeof listFilterOptions>>, t: Translate, responsible: FilterOption[] = []): FilterField[] {
  return [
    { name: "report", label: t("list.report"), value: filters.report?.toString(), options: options.reports.map((r) => ({ value: String(r.id), label: reportName(r), lang: REPORT_LANG })) },
    // Sections are a report's own: until one is chosen there are none to offer, and the choice says why.
    { name: "section", label: t("list.section"), value: filters.section?.toString(), wide: true, allLabel: filters.report ? undefined : t("list.sectionNeedsReport"), options: options.sections.map((s) => ({ value: String(s.id), label: `${s.code} ${s.title}`, lang: REPORT_LANG })) },
    { name: "department", label: t("list.department"), value: filters.department?.toString(), options: filterDepartmentChoices(options.departments, t("departments.inactiveSuffix")).map((d) => ({ value: String(d.id), label: d.name, lang: d.lang })) },
    ...(responsible.length ? [{ name: "responsible", label: t("list.responsible"), value: filters.responsible?.toString(), options: responsible }] : []),
    { name: "status", label: t("list.status"), value: filters.status, options: STATUS_LIGHTS.map((l) => ({ value: l, label: t(`light.${l}`) })) },
    { name: "open", label: t("list.open"), value: filters.open, options: [{ value: "1", label: t("list.openOnly") }] },
    { name: "kind", label: t("list.kind"), value: filters.kind, options: COMMITMENT_KINDS.map((k) => ({ value: k, label: t(KIND_LABELS[k]) })) },
    { name: "reminder", label: t("reminder.title"), value: filters.reminder, options: [{ value: "waiting", label: t("reminder.filterWaiting") }] },
    { name: "dueFrom", label: t("list.dueFrom"), value: filters.dueFrom, type: "date" },
    { name: "dueTo", label: t("list.dueTo"), value: filters.dueTo, type: "date" },
    { name: "q", label: t("list.q"), value: filters.q, wide: true, placeholder: t("list.qPlaceholder"), maxLength: SEARCH_MAX },
    { name: "sort", label: t("list.sort"), value: filters.sort, required: true, phoneOnly: true, options: SORTS.map((s) => ({ value: s, label: t(`list.sort.${s}`) })) },
    { name: "dir", label: t("list.dir"), value: filters.dir, required: true, phoneOnly: true, options: (["asc", "desc"] as const).map((d) => ({ value: d, label: t(`list.dir.${d}`) })) },
    { name: "size", label: t("list.pageSize"), value: String(filters.size), required: true, options: PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) })) },
  ];
}
