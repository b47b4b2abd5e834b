import type { Translate } from "@/lib/i18n/translate";

/**
 * The words of a choice of several departments (配合单位: `CheckList`), from the dictionaries.
 * Counts and names are filled in the browser, so `shown`, `chosen` and `remove` stay unfilled.
 */
export function departmentChoiceLabels(t: Translate) {
  return {
    filter: t("departmentChoice.filter"),
    filterHint: t("departmentChoice.filterHint"),
    shown: t("departmentChoice.shown"),
    noMatch: t("departmentChoice.noMatch"),
    chosen: t("departmentChoice.chosen"),
    noneChosen: t("departmentChoice.noneChosen"),
    remove: t("departmentChoice.remove"),
  };
}
