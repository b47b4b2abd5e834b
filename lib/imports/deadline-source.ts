/**
 * Whose a commitment's deadline is, as imported: the report's (it states the day: deadlineStated),
 * the year's end by default (the report states none), or the admin's (typed in the review:
 * deadlineSetByAdmin). The commitment's page, the list's 默认年底 and the audit trail say which;
 * a day the admin typed is never said to be the report's.
 */
export interface DeadlineSource {
  deadline: string;
  deadlineStated: boolean;
  deadlineSetByAdmin: boolean;
}

/** The day a report's year ends: every deadline the report does not state is set to it. */
export const defaultDeadline = (reportYear: number) => `${reportYear}-12-31`;

/**
 * A deadline typed in the review's editor, and whose it is then: the report's own day typed back
 * (`reportDeadline`, null when it states none) is the report's again, the year's end on a row the
 * report gave no day is the default again, any other day is the admin's.
 */
export function typedDeadline(deadline: string, reportDeadline: string | null, reportYear: number): DeadlineSource {
  if (reportDeadline !== null && deadline === reportDeadline) return { deadline, deadlineStated: true, deadlineSetByAdmin: false };
  if (reportDeadline === null && deadline === defaultDeadline(reportYear)) return { deadline, deadlineStated: false, deadlineSetByAdmin: false };
  return { deadline, deadlineStated: false, deadlineSetByAdmin: true };
}

/**
 * The accepted candidate's deadline flags as they can be true, whatever was sent: set by the admin
 * is never also the report's, and a day neither stated nor the year's end was set by someone (a
 * review saved by an older page, a script): it is not shown as 默认年底.
 */
export function honestDeadline<T extends DeadlineSource>(c: T, reportYear: number): T {
  const setByAdmin = c.deadlineSetByAdmin || (!c.deadlineStated && c.deadline !== defaultDeadline(reportYear));
  return { ...c, deadlineStated: c.deadlineStated && !setByAdmin, deadlineSetByAdmin: setByAdmin };
}
