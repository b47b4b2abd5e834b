import type { Translate } from "@/lib/i18n/translate";

/**
 * The name a menu link with a badge is read by: its label and what the badge counts, as one phrase
 * ("My work, 11 to do", "我的工作，11 项待办"), not the label run into the badge's figure and the
 * figure again ("My work11 11 to do"). Undefined without a badge: the link's text is its name.
 */
export function linkNameWithBadge(label: string, badge: string | undefined, t: Translate): string | undefined {
  return badge ? `${label}${t("common.comma")}${t("nav.badge", { count: badge })}` : undefined;
}
