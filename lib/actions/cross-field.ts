/**
 * For a form schema's refinement of the whole (a rule across fields, or one that reads the form's
 * hints): run it beside the fields' own checks (`when`), so one answer names every mistake — but
 * only on an object: a refinement that runs anyway must not read fields of null.
 */
export const besideTheFields = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** The form's fields that failed their own checks: a refinement of the whole does not judge them again. */
export const failedFields = (issues: readonly { path?: readonly PropertyKey[] }[]) => new Set(issues.map((issue) => issue.path?.[0]));
