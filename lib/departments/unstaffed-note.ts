import type { Sentence } from "@/lib/i18n/sentence";
import type { Translate } from "@/lib/i18n/translate";
import type { UnstaffedDepartment } from "./unstaffed-department";

/**
 * What the admin is told when a change leaves a department with open work and no active official
 * ("市农业农村局现在没有启用的经办人：其牵头或配合的 16 项未办结目标任务，本部门已无人报送…"): the
 * department's name left as data, its returns and reminders named only when there are some.
 */
export function unstaffedNote(department: Omit<UnstaffedDepartment, "id">, t: Translate): Sentence {
  const waiting = [
    department.returned > 0 ? t("departments.unstaffed.returned", { count: department.returned }) : null,
    department.reminders > 0 ? t("departments.unstaffed.reminders", { count: department.reminders }) : null,
  ].filter((part): part is string => part !== null);
  const template = t("departments.unstaffed.note", {
    count: department.openCommitments,
    waiting: waiting.length ? t("departments.unstaffed.waiting", { list: waiting }) : "",
  });
  return { template, data: { department: department.name } };
}

/** An action's own answer ("已保存。"), followed by the note when it left a department so. */
export function withUnstaffedNote(done: Sentence, department: Omit<UnstaffedDepartment, "id"> | null | undefined, t: Translate): Sentence {
  if (!department) return done;
  const note = unstaffedNote(department, t);
  // Filled in one pass: the placeholders the two still hold ({name}, {department}) stay for their data.
  return { template: t("departments.unstaffed.after", { done: done.template, note: note.template }), data: { ...done.data, ...note.data } };
}

/** Whether a use case's answer left a department with nobody to report (said as a warning, withUnstaffedNote). */
export function warnsWhenUnstaffed(result: { unstaffed: object | null }): boolean {
  return result.unstaffed !== null;
}
