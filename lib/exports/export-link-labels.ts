import type { Translate } from "@/lib/i18n/translate";

export interface ExportLinkLabels {
  title: string;
  xlsx: string;
  xlsxBySection: string;
  xlsxByDepartment: string;
  csv: string;
}

/** Labels of the list page's export bar: `<ExportLinks query={…} labels={exportLinkLabels(t)} />`. */
export function exportLinkLabels(t: Translate): ExportLinkLabels {
  return {
    title: t("export.links"),
    xlsx: t("export.xlsx"),
    xlsxBySection: t("export.xlsxBySection"),
    xlsxByDepartment: t("export.xlsxByDepartment"),
    csv: t("export.csv"),
  };
}
