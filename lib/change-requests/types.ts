import { z } from "zod";
import type { TargetText } from "@/lib/commitments/format-target";
import { MAX_NOTE, optionalNote, requiredNote } from "@/lib/reviews/types";
import { optionalFigure } from "@/lib/updates/types";

export const CHANGE_REQUEST_KINDS = ["EXTEND_DEADLINE", "ADJUST_TARGET"] as const;

const optionalDay = z.preprocess((v) => (v === "" || v == null ? null : v), z.iso.date({ error: "workflow.form.date" }).nullable());

/**
 * 延期 (a new deadline) or 调整 (a new target). Which target fields are needed depends on the
 * commitment's comparator (a range needs min and max), which the use case checks.
 */
export const ZRequestChange = z
  .object({
    commitmentId: z.coerce.number().int().positive().max(2_147_483_647),
    kind: z.enum(CHANGE_REQUEST_KINDS),
    proposedDeadline: optionalDay,
    proposedValue: optionalFigure,
    proposedMin: optionalFigure,
    proposedMax: optionalFigure,
    reason: z.string({ error: "form.required" }).trim().min(1, { error: "form.required" }).max(MAX_NOTE, { error: "workflow.form.noteTooLong" }),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "EXTEND_DEADLINE" && v.proposedDeadline === null) {
      ctx.addIssue({ code: "custom", path: ["proposedDeadline"], message: "form.required" });
    }
  });
export type TRequestChange = z.infer<typeof ZRequestChange>;

export const ZApproveChangeRequest = z.object({ changeRequestId: z.coerce.number().int().positive().max(2_147_483_647), note: optionalNote });
export type TApproveChangeRequest = z.infer<typeof ZApproveChangeRequest>;

/** Refusing needs a note, like returning an update. */
export const ZRefuseChangeRequest = z.object({ changeRequestId: z.coerce.number().int().positive().max(2_147_483_647), note: requiredNote });
export type TRefuseChangeRequest = z.infer<typeof ZRefuseChangeRequest>;

/** A change request as lists show it: plain, serialisable values. */
export interface ChangeRequestView {
  id: number;
  commitmentId: number;
  kind: (typeof CHANGE_REQUEST_KINDS)[number];
  state: "PENDING" | "APPROVED" | "REFUSED";
  proposedDeadline: string | null;
  proposedValue: string | null;
  proposedMin: string | null;
  proposedMax: string | null;
  reason: string;
  requesterName: string;
  createdAt: string;
  reviewerName: string | null;
  reviewNote: string | null;
  reviewedAt: string | null;
  /** A proposed target so far from the current one that it looks like a slip, or null (adjustment-scale.ts). */
  scale: { direction: "up" | "down"; times: number } | null;
  /** The commitment as it stands now: a reviewer weighs the proposal against its current target. */
  commitment: TargetText & {
    indicator: string;
    deadline: string;
    leadDepartment: string | null;
  };
}
