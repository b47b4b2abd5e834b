import { z } from "zod";

export const ROLES = ["ADMIN", "REVIEWER", "OFFICIAL", "VIEWER"] as const;
export const MIN_PASSWORD_LENGTH = 10;

const optionalId = z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().positive().max(2_147_483_647).nullable());

export const ZCreateUser = z.object({
  loginName: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, { error: "users.loginNameLength" })
    .max(40, { error: "users.loginNameLength" })
    .regex(/^[a-z0-9._-]+$/, { error: "users.loginNameRule" }),
  displayName: z.string().trim().min(1, { error: "form.required" }).max(40, { error: "users.displayNameLength" }),
  role: z.enum(ROLES),
  departmentId: optionalId,
  // The message states the limits in words: keep users.passwordLength in step with these.
  password: z.string().min(MIN_PASSWORD_LENGTH, { error: "users.passwordLength" }).max(200, { error: "users.passwordLength" }),
});
export type TCreateUser = z.infer<typeof ZCreateUser>;

export const ZSetUserDisabled = z.object({
  userId: z.coerce.number().int().positive().max(2_147_483_647),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type TSetUserDisabled = z.infer<typeof ZSetUserDisabled>;
