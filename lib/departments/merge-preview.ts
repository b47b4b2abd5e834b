import { fillMessage } from "@/lib/i18n/fill-message";
import type { Translate } from "@/lib/i18n/translate";

/**
 * What a merge (合并到…) would move out of a department, counted when its fold opens and stated
 * in the question the admin answers: the merge then moves only what was stated (`mergePreviewKey`).
 */
export interface MergePreview {
  /** Commitments it leads, and how many of them are open. */
  led: number;
  ledOpen: number;
  /** Commitments it supports, and how many of them are open. */
  supported: number;
  supportedOpen: number;
  /** Its users, enabled and disabled. */
  users: number;
  disabledUsers: number;
  keywords: number;
  /** 催办 of its open commitments still waiting for an answer: they go with the commitments. */
  reminders: number;
}

const FIELDS = ["led", "ledOpen", "supported", "supportedOpen", "users", "disabledUsers", "keywords", "reminders"] as const satisfies readonly (keyof MergePreview)[];

/** The preview as the form sends it back with the merge (`seen`), compared with what the merge finds. */
export function mergePreviewKey(preview: MergePreview): string {
  return FIELDS.map((field) => preview[field]).join(".");
}

/** The words of what moves, unfilled: "牵头的目标任务 {count} 项（未办结 {open} 项）". */
export interface MergePreviewLabels {
  led: string;
  supported: string;
  users: string;
  usersWithDisabled: string;
  keywords: string;
  reminders: string;
  nothing: string;
  /** How the language enumerates ("、" / ", "). */
  enumeration: string;
}

/** The words a preview is said with, in the page's language. */
export function mergePreviewLabels(t: Translate): MergePreviewLabels {
  return {
    led: t("departments.mergeWhat.led"),
    supported: t("departments.mergeWhat.supported"),
    users: t("departments.mergeWhat.users"),
    usersWithDisabled: t("departments.mergeWhat.usersWithDisabled"),
    keywords: t("departments.mergeWhat.keywords"),
    reminders: t("departments.mergeWhat.reminders"),
    nothing: t("departments.mergeWhat.nothing"),
    enumeration: t("common.enumeration"),
  };
}

/** "牵头的目标任务 2 项（未办结 1 项）、用户 3 人": what there is to move, nothing said of what is none. */
export function describeMergePreview(preview: MergePreview, labels: MergePreviewLabels): string {
  const parts = [
    preview.led > 0 && fillMessage(labels.led, { count: preview.led, open: preview.ledOpen }),
    preview.supported > 0 && fillMessage(labels.supported, { count: preview.supported, open: preview.supportedOpen }),
    preview.users + preview.disabledUsers > 0 &&
      fillMessage(preview.disabledUsers > 0 ? labels.usersWithDisabled : labels.users, { count: preview.users, disabled: preview.disabledUsers }),
    preview.keywords > 0 && fillMessage(labels.keywords, { count: preview.keywords }),
    preview.reminders > 0 && fillMessage(labels.reminders, { count: preview.reminders }),
  ].filter((part): part is string => typeof part === "string");
  return parts.length ? parts.join(labels.enumeration) : labels.nothing;
}
