import { z } from "zod";
import { besideTheFields, failedFields } from "@/lib/actions/cross-field";
import { optionalId } from "@/lib/actions/id-fields";
import { containsLoginName, isWeakPassword } from "./weak-password";

export const ROLES = ["ADMIN", "REVIEWER", "OFFICIAL", "VIEWER"] as const;
export const MIN_PASSWORD_LENGTH = 10;

const userId = z.coerce.number().int().positive().max(2_147_483_647);
// No `abort: true` on a field's checks: it would also stop the form's cross-field checks below,
// and a mistake they find would be named only on the next submit.
const displayName = z.string().trim().min(1, { error: "form.required" }).max(40, { error: "users.displayNameLength" });
// The messages state the limits in words: keep users.passwordLength and
// account.password.newLength in step with these.
const password = (message: "users.passwordLength" | "account.password.newLength") =>
  // The first rule broken, one message a field. Not by aborting checks (`abort: true`): that stops
  // the whole form's refinements too, so a confirmation that differs would go unnamed.
  z.string().superRefine((value, ctx) => {
    const problem =
      // Left empty (a refused form does not give passwords back): "required", not "10–200 characters".
      value.length === 0
        ? "form.required"
        : value.length < MIN_PASSWORD_LENGTH || value.length > 200
          ? message
          : isWeakPassword(value)
            ? "users.passwordWeak"
            : null;
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/**
 * 责任单位经办人 belong to a department (creating and editing a user alike). Not said when the role
 * or the department failed its own check; the use case checks against the database what the
 * form cannot know (a department still active).
 */
function officialNeedsDepartment(user: { role: unknown; departmentId: unknown }, ctx: z.core.$RefinementCtx, failed: Set<PropertyKey | undefined>) {
  if (failed.has("role") || failed.has("departmentId")) return;
  if (user.role === "OFFICIAL" && user.departmentId == null) ctx.addIssue({ code: "custom", path: ["departmentId"], message: "error.departmentRequired" });
}

/** What a login name is made of (ZCreateUser says why a name is refused); no spaces, which the login throttle's keys rely on. */
export const LOGIN_NAME = /^[a-z0-9._-]{2,40}$/;

export const ZCreateUser = z.object({
  loginName: z
    .string()
    .trim()
    .toLowerCase()
    // The first rule broken, one message (as a password's): the length, then a character outside the rule.
    .superRefine((value, ctx) => {
      const problem =
        value.length === 0 ? "form.required" : value.length < 2 || value.length > 40 ? "users.loginNameLength" : LOGIN_NAME.test(value) ? null : "users.loginNameRule";
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  displayName,
  role: z.enum(ROLES),
  departmentId: optionalId,
  password: password("users.passwordLength"),
}).superRefine((user, ctx) => {
  const failed = failedFields(ctx.issues);
  officialNeedsDepartment(user, ctx, failed);
  // A password already refused is not told again that it holds the login name, nor judged by a refused name.
  if (!failed.has("password") && !failed.has("loginName") && containsLoginName(user.password, user.loginName)) ctx.addIssue({ code: "custom", path: ["password"], message: "users.passwordWeak" });
}, besideTheFields);
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZSetUserDisabled = z.object({
  userId,
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type TSetUserDisabled = z.infer<typeof ZSetUserDisabled>;

export const ZUpdateUser = z
  .object({ userId, displayName, role: z.enum(ROLES), departmentId: optionalId })
  .superRefine((user, ctx) => officialNeedsDepartment(user, ctx, failedFields(ctx.issues)), besideTheFields);
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

/** An admin sets a new initial password for someone who forgot theirs (重置密码). */
export const ZResetUserPassword = z.object({ userId, password: password("users.passwordLength") });
export type TResetUserPassword = z.infer<typeof ZResetUserPassword>;

/** Anyone signed in changes their own password (修改密码), proving they know the current one. */
export const ZChangeOwnPassword = z
  .object({
    currentPassword: z.string().min(1, { error: "form.required" }).max(200, { error: "account.password.currentWrong" }),
    newPassword: password("account.password.newLength"),
    confirmPassword: z.string().min(1, { error: "form.required" }),
  })
  // `when`: checked even when a field failed, so a new password too short and a confirmation
  // that differs from it are named together, each beside its field, in one answer (but only on
  // an object). An empty confirmation is not also told it differs, nor a new password already
  // refused that it is the current one.
  .superRefine(
    (value, ctx) => {
      const failed = failedFields(ctx.issues);
      if (failed.has("confirmPassword")) return;
      if (value.confirmPassword !== value.newPassword) {
        ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "account.password.mismatch" });
      } else if (!failed.has("newPassword") && !failed.has("currentPassword") && value.newPassword === value.currentPassword) {
        ctx.addIssue({ code: "custom", path: ["newPassword"], message: "account.password.unchanged" });
      }
    },
    besideTheFields,
  );
export type TChangeOwnPassword = z.infer<typeof ZChangeOwnPassword>;
