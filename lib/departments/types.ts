import { z } from "zod";

/**
 * Spaces as typed are not part of a name: between two Chinese characters they go ("市  发展改革委"
 * is 市发展改革委, which is then taken), elsewhere a run becomes one space ("Luoyang  DRC"). Two
 * names told apart only by spaces looked alike everywhere they are shown, the audit log included;
 * invisible characters go too.
 */
export function normaliseDepartmentName(name: string): string {
  return name
    // Invisible characters pasted along from Word or WeChat (zero-width spaces and joiners, BOM).
    .replace(/[\u200B-\u200D\u2060\uFEFF]/gu, "")
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

// One message per mistake: an empty name is "required", not also "too short" (zod goes on after a failed check).
const name = z.string().trim().overwrite(normaliseDepartmentName).min(1, { error: "form.required", abort: true }).min(2, { error: "departments.nameLength" }).max(60, { error: "departments.nameLength" });
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

/**
 * 合并部门: `departmentId` is merged into `intoId` and deactivated. `seen`: what the admin was told
 * would move (mergePreviewKey), which the merge must still find; checked by the use case, which
 * says what to do (a hidden field's own refusal would name nothing the admin can see).
 */
export const ZMergeDepartment = z.object({
  departmentId,
  intoId: z.coerce.number({ error: "departments.error.mergeTargetRequired" }).int().positive({ error: "departments.error.mergeTargetRequired" }).max(2_147_483_647),
  seen: z.string().max(200).optional().catch(undefined),
});
export type TMergeDepartment = z.infer<typeof ZMergeDepartment>;

/** How many words one department may be recognised by, and how long each may be. */
export const MAX_KEYWORDS = 30;
// One character may be a word (碳, in the seeded table): the extractor weighs matches by length.
const KEYWORD = { min: 1, max: 20 };

/**
 * The words the import recognises a department by (its lead suggestion: "农田" → 市农业农村局),
 * typed as a list separated by 、，, ; or new lines; repeats dropped, order kept.
 */
export const ZSetDepartmentKeywords = z.object({
  departmentId,
  keywords: z
    .string()
    .max(2_000, { error: "departments.keywordsTooMany" })
    .transform((text) => [...new Set(text.split(/[、，,；;\s]+/u).map((k) => k.trim()).filter(Boolean))])
    .pipe(
      z
        .array(z.string().min(KEYWORD.min, { error: "departments.keywordLength" }).max(KEYWORD.max, { error: "departments.keywordLength" }))
        .max(MAX_KEYWORDS, { error: "departments.keywordsTooMany" }),
    ),
});
export type TSetDepartmentKeywords = z.infer<typeof ZSetDepartmentKeywords>;

/**
 * What a department's row opens on demand: its 操作 (`actions`: 停用/启用 and the openers of its
 * forms), and each of the forms within them (重命名, 关键词, 合并到…), which open the 操作 too.
 */
const DEPARTMENT_FOLDS = ["actions", "rename", "keywords", "merge"] as const;
export type DepartmentFold = (typeof DEPARTMENT_FOLDS)[number];

/**
 * `?open=merge-12`: what of a row a link opened, rendered open by the server — how a browser
 * without script opens it (with script it opens in place). Anything else opens none.
 */
export const ZOpenDepartmentFold = z
  .string()
  .regex(new RegExp(`^(${DEPARTMENT_FOLDS.join("|")})-[1-9][0-9]{0,9}$`))
  .transform((value) => {
    const [fold, id] = value.split("-");
    return { fold: fold as DepartmentFold, departmentId: Number(id) };
  })
  .optional()
  .catch(undefined);
