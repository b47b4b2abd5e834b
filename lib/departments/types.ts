import { z } from "zod";

export const ZCreateDepartment = z.object({
  name: z.string().trim().min(1, { error: "form.required" }).min(2, { error: "departments.nameLength" }).max(60, { error: "departments.nameLength" }),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(2, { error: "departments.codeLength" })
    .max(20, { error: "departments.codeLength" })
    .regex(/^[A-Z0-9-]+$/, { error: "departments.codeRule" }),
});
export type TCreateDepartment = z.infer<typeof ZCreateDepartment>;

export const ZSetDepartmentActive = z.object({
  departmentId: z.coerce.number().int().positive().max(2_147_483_647),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type TSetDepartmentActive = z.infer<typeof ZSetDepartmentActive>;
