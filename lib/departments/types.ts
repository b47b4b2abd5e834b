import { z } from "zod";

// One message per mistake: an empty name is "required", not also "too short" (zod goes on after a failed check).
const name = z.string().trim().min(1, { error: "form.required", abort: true }).min(2, { error: "departments.nameLength" }).max(60, { error: "departments.nameLength" });
const departmentId = z.coerce.number().int().positive().max(2_147_483_647);

export const ZCreateDepartment = z.object({
  name,
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, { error: "form.required", abort: true })
    .min(2, { error: "departments.codeLength", abort: true })
    .max(20, { error: "departments.codeLength", abort: true })
    .regex(/^[A-Z0-9-]+$/, { error: "departments.codeRule" }),
});
export type TCreateDepartment = z.infer<typeof ZCreateDepartment>;

export const ZSetDepartmentActive = z.object({
  departmentId,
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type TSetDepartmentActive = z.infer<typeof ZSetDepartmentActive>;

/** A new name only: the code is the stable key (the seed finds departments by it at every start). */
export const ZRenameDepartment = z.object({ departmentId, name });
export type TRenameDepartment = z.infer<typeof ZRenameDepartment>;
