import { z } from "zod";
import { idList, optionalId } from "@/lib/actions/id-fields";
import { MAX_NOTE } from "@/lib/reviews/types";

const ids = idList(1000);

/** Owners of one commitment; `version` is what the editor read (optimistic locking). */
export const ZAssignOwners = z.object({
  commitmentId: z.coerce.number().int().positive().max(2_147_483_647),
  version: z.coerce.number().int().positive().max(2_147_483_647),
  leadDepartmentId: optionalId,
  supportingDepartmentIds: ids,
  responsibleUserId: optionalId,
});
export type TAssignOwners = z.infer<typeof ZAssignOwners>;

/** The bulk form's choice that leaves the commitments without a responsible official (until a successor is named). */
export const CLEAR_RESPONSIBLE = "clear";

/** The responsible official in bulk: unchanged (empty), an official's id, or cleared. */
const bulkResponsible = z.union([z.literal(CLEAR_RESPONSIBLE), optionalId], { error: "owners.error.responsible" });

/** The same owners for many commitments at once; empty fields leave that owner unchanged. */
export const ZBulkAssignOwners = z
  .object({
    commitmentIds: ids.pipe(z.array(z.number()).min(1, { error: "owners.error.noneSelected" })),
    leadDepartmentId: optionalId,
    addSupportingDepartmentIds: ids,
    /** Supporters taken off every selected commitment (a department reorganised away, a supporter named by mistake). */
    removeSupportingDepartmentIds: ids,
    responsibleUserId: bulkResponsible,
  })
  .refine((v) => v.leadDepartmentId != null || v.addSupportingDepartmentIds.length > 0 || v.removeSupportingDepartmentIds.length > 0 || v.responsibleUserId != null, {
    error: "owners.error.nothingToChange",
    path: ["leadDepartmentId"],
  })
  .refine((v) => !v.removeSupportingDepartmentIds.some((id) => v.addSupportingDepartmentIds.includes(id)), {
    error: "owners.error.addAndRemove",
    path: ["removeSupportingDepartmentIds"],
  });
export type TBulkAssignOwners = z.infer<typeof ZBulkAssignOwners>;

/**
 * Withdrawing a commitment (撤销: dropped from the plan, imported by mistake) or restoring one,
 * with the reason, which the history keeps and the officials whose waiting readings it returns see.
 */
export const ZWithdrawCommitment = z.object({
  commitmentId: z.coerce.number().int().positive().max(2_147_483_647),
  /** The version the admin read: a commitment changed meanwhile is refused, not overwritten. */
  version: z.coerce.number().int().positive().max(2_147_483_647),
  reason: z
    .string({ error: "withdraw.reasonRequired" })
    .trim()
    .min(1, { error: "withdraw.reasonRequired" })
    .max(MAX_NOTE, { error: "workflow.form.noteTooLong" }),
});
export type TWithdrawCommitment = z.infer<typeof ZWithdrawCommitment>;
