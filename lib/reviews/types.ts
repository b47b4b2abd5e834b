import { z } from "zod";
import { idList } from "@/lib/actions/id-fields";
import type { MessageKey } from "@/lib/i18n/zh";

export const MAX_NOTE = 2000;

export const optionalNote = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() || null : (v ?? null)),
  z.string().max(MAX_NOTE, { error: "workflow.form.noteTooLong" }).nullable(),
);
/** A required text of at most MAX_NOTE characters; blank or spaces only is refused with `required`. */
export const requiredText = (required: MessageKey) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(MAX_NOTE, { error: "workflow.form.noteTooLong" });
export const requiredNote = requiredText("workflow.review.noteRequired");

export const ZApproveUpdate = z.object({ updateId: z.coerce.number().int().positive().max(2_147_483_647), note: optionalNote });
export type TApproveUpdate = z.infer<typeof ZApproveUpdate>;

/** Returning an update needs a note: the official must know what to fix. */
export const ZReturnUpdate = z.object({ updateId: z.coerce.number().int().positive().max(2_147_483_647), note: requiredNote });
export type TReturnUpdate = z.infer<typeof ZReturnUpdate>;

export const ZVerifyCommitment = z.object({
  commitmentId: z.coerce.number().int().positive().max(2_147_483_647),
  /** The version the reviewer read: a commitment changed since is refused (what was checked is what is verified). */
  version: z.coerce.number().int().positive().max(2_147_483_647),
  note: requiredNote,
});
export type TVerifyCommitment = z.infer<typeof ZVerifyCommitment>;

/** Closing a missed target (未完成办结) names the version read and says why it was missed. */
export const ZCloseUnmetCommitment = ZVerifyCommitment.extend({ note: requiredText("workflow.unmet.noteRequired") });
export type TCloseUnmetCommitment = z.infer<typeof ZCloseUnmetCommitment>;

/** Reopening a verified or closed commitment names the version read and the reason. */
export const ZReopenCommitment = ZVerifyCommitment.extend({ note: requiredText("workflow.reopen.noteRequired") });
export type TReopenCommitment = z.infer<typeof ZReopenCommitment>;

/** Taking back an approval (撤回审核通过) needs a note: the official must know what to correct. */
export const ZRevokeApproval = ZReturnUpdate.extend({ note: requiredText("workflow.revoke.noteRequired") });
export type TRevokeApproval = z.infer<typeof ZRevokeApproval>;

const commitmentIdList = idList(200, "workflow.unmet.bulk.tooMany").pipe(z.array(z.number()).min(1, { error: "workflow.unmet.bulk.noneSelected" }));

/**
 * Closing many missed targets at year end (批量按未完成办结), the ticked rows of the list, with
 * one reason for all. No versions: the list shows no figures to have been checked — each is judged
 * again under its lock, by the rule of one closing.
 */
export const ZBulkCloseUnmet = z.object({ commitmentIds: commitmentIdList, note: requiredText("workflow.unmet.noteRequired") });
export type TBulkCloseUnmet = z.infer<typeof ZBulkCloseUnmet>;
