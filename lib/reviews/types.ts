import { z } from "zod";

export const MAX_NOTE = 2000;

export const optionalNote = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() || null : (v ?? null)),
  z.string().max(MAX_NOTE, { error: "workflow.form.noteTooLong" }).nullable(),
);
export const requiredNote = z
  .string({ error: "workflow.review.noteRequired" })
  .trim()
  .min(1, { error: "workflow.review.noteRequired" })
  .max(MAX_NOTE, { error: "workflow.form.noteTooLong" });

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
export const ZCloseUnmetCommitment = ZVerifyCommitment;
export type TCloseUnmetCommitment = TVerifyCommitment;

/** Reopening a verified or closed commitment names the version read and the reason. */
export const ZReopenCommitment = ZVerifyCommitment;
export type TReopenCommitment = TVerifyCommitment;

/** Taking back an approval (撤回审核通过) needs a note: the official must know what to correct. */
export const ZRevokeApproval = ZReturnUpdate;
export type TRevokeApproval = TReturnUpdate;
