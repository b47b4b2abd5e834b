import type { FilterOption } from "@/components/commitments/commitment-filters";
import type { FilterPerson } from "@/lib/commitments/get-responsible-filter-person";
import { sentenceIn, type Sentence } from "@/lib/i18n/sentence";
import type { Translate } from "@/lib/i18n/translate";
import { DATA_LANG } from "@/lib/reports/report-lang";
import { personSentence, personText } from "@/lib/users/person-name";
import type { OfficialChoice } from "@/lib/users/list-officials";

/**
 * The 责任人 filter's choices: the person filtered by (named even when no longer among the
 * department's active officials: disabled, or of another department), then the chosen
 * department's officials. An id that names nobody the reader may see is said as such.
 */
export function responsibleChoices(chosen: number | undefined, person: FilterPerson | null, officials: readonly OfficialChoice[], t: Translate): FilterOption[] {
  const first: FilterOption[] =
    chosen === undefined
      ? []
      : person
        ? [{ value: String(person.id), label: personText({ name: person.displayName, disabled: person.disabled }, t), lang: DATA_LANG }]
        : [{ value: String(chosen), label: t("export.summary.unknownId", { id: chosen }) }];
  return [...first, ...officials.filter((o) => o.id !== chosen).map((o) => ({ value: String(o.id), label: o.displayName, lang: DATA_LANG }))];
}

/** "仅列出责任人为张三（已停用）的目标任务。", the name marked as data. */
export function responsibleOnlySentence(chosen: number, person: FilterPerson | null, t: Translate): Sentence {
  const who = person ? personSentence({ name: person.displayName, disabled: person.disabled }, t) : { template: t("export.summary.unknownId", { id: chosen }), data: {} };
  return sentenceIn({ template: t("list.responsibleOnly"), data: {} }, "name", who);
}
