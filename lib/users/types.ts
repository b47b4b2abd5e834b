import { z } from "zod";
import { containsLoginName, isWeakPassword } from "./weak-password";

export const ROLES = ["ADMIN", "REVIEWER", "OFFICIAL", "VIEWER"] as const;
export const MIN_PASSWORD_LENGTH = 10;

const optionalId = z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().positive().max(2_147_483_647).nullable());
const userId = z.coerce.number().int().positive().max(2_147_483_647);
const displayName = z.string().trim().min(1, { error: "form.required", abort: true }).max(40, { error: "users.displayNameLength" });
// The messages state the limits in words: keep users.passwordLength and
// account.password.newLength in step with these.
const password = (message: "users.passwordLength" | "account.password.newLength") =>
  z
    .string()
    // Left empty (a refused form does not give passwords back): "required", not "10–200 characters".
    .min(1, { error: "form.required", abort: true })
    .min(MIN_PASSWORD_LENGTH, { error: message, abort: true })
    .max(200, { error: message, abort: true })
    // Non-continuable: the login-name check of a whole form (ZCreateUser) then does not say it again.
    .refine((value) => !isWeakPassword(value), { error: "users.passwordWeak", abort: true });

/** What a login name is made of (ZCreateUser says why a name is refused); no spaces, which the login throttle's keys rely on. */
export const LOGIN_NAME = /^[a-z0-9._-]{2,40}$/;

export const ZCreateUser = z.object({
  loginName: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "form.required", abort: true })
    .min(2, { error: "users.loginNameLength", abort: true })
    .max(40, { error: "users.loginNameLength", abort: true })
    // The length is said above; what is left to refuse here is a character outside the rule.
    .regex(LOGIN_NAME, { error: "users.loginNameRule" }),
  displayName,
  role: z.enum(ROLES),
  departmentId: optionalId,
  password: password("users.passwordLength"),
}).refine((user) => !containsLoginName(user.password, user.loginName), { path: ["password"], error: "users.passwordWeak" });
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZSetUserDisabled = z.object({
  userId,
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type TSetUserDisabled = z.infer<typeof ZSetUserDisabled>;

export const ZUpdateUser = z.object({ userId, displayName, role: z.enum(ROLES), departmentId: optionalId });
export type TUpdateUser = z.infer<typeof ZUpdateUser>;

/** An admin sets a new initial password for someone who forgot theirs (重置密码). */
export const ZResetUserPassword = z.object({ userId, password: password("users.passwordLength") });
export type TResetUserPassword = z.infer<typeof ZResetUserPassword>;

/** Anyone signed in changes their own password (修改密码), proving they know the current one. */
export const ZChangeOwnPassword = z
  .object({
    currentPassword: z.string().min(1, { error: "form.required" }).max(200, { error: "account.password.currentWrong" }),
    newPassword: password("account.password.newLength"),
    // Non-continuable: an empty field is not also told it differs.
    confirmPassword: z.string().min(1, { error: "form.required", abort: true }),
  })
  .superRefine((value, ctx) => {
    if (value.confirmPassword !== value.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "account.password.mismatch" });
    } else if (value.newPassword === value.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "account.password.unchanged" });
    }
  });
export type TChangeOwnPassword = z.infer<typeof ZChangeOwnPassword>;
