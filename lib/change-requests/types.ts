import { z } from "zod";
import { besideTheFields, failedFields } from "@/lib/actions/cross-field";
import { formHint } from "@/lib/actions/form-hint";
import type { TargetText } from "@/lib/commitments/format-target";
import { MAX_NOTE, optionalNote, requiredNote } from "@/lib/reviews/types";
import { optionalFigure, sayTheUnit } from "@/lib/updates/figure-field";
import { todayIsoDay } from "@/lib/time/today";
import { changeProblems } from "./change-problems";

export const CHANGE_REQUEST_KINDS = ["EXTEND_DEADLINE", "ADJUST_TARGET"] as const;

const optionalDay = z.preprocess((v) => (v === "" || v == null ? null : v), z.iso.date({ error: "workflow.form.date" }).nullable());

/** A hint's target figure as the page wrote it ("300.0000"); anything else is no hint. */
const hintFigure = z.string().regex(/^-?\d+(\.\d+)?$/).optional().catch(undefined);

/**
 * 延期 (a new deadline) or 调整 (a new target). What a proposal must be depends on the commitment
 * (its deadline, its target's shape and sign: changeProblems), which only the use case knows for
 * sure (it checks again); the form sends them as hints so that they are named with the other
 * fields' mistakes in one answer.
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
    /** The commitment as the form was drawn: its kind, deadline and target. Hints, not trusted. */
    expects: formHint(z.enum(["NUMERIC", "MILESTONE"]).optional().catch(undefined)),
    currentDeadline: formHint(z.iso.date().optional().catch(undefined)),
    currentComparator: formHint(z.enum(["AT_LEAST", "AT_MOST", "EQUAL", "GROWTH", "APPROX", "RANGE"]).optional().catch(undefined)),
    currentValue: formHint(hintFigure),
    currentMin: formHint(hintFigure),
    currentMax: formHint(hintFigure),
    currentUnit: formHint(z.string().max(50).optional().catch(undefined)),
    currentShare: formHint(z.literal("1").optional().catch(undefined)),
  })
  // `when`: checked even when other fields failed, so every mistake is named in one answer (but
  // only on an object). A field that failed its own parse is not judged again.
  .superRefine(
    (v, ctx) => {
      const failed = failedFields(ctx.issues);
      const target = v.currentComparator && {
        comparator: v.currentComparator,
        targetValue: v.currentValue ?? null,
        targetMin: v.currentMin ?? null,
        targetMax: v.currentMax ?? null,
        unit: v.currentUnit ?? null,
      };
      const rules = { kind: v.expects, deadline: v.currentDeadline, target: target || undefined, share: v.currentShare === "1" };
      const input = {
        kind: failed.has("kind") ? undefined : v.kind,
        proposedDeadline: failed.has("proposedDeadline") ? undefined : (v.proposedDeadline ?? null),
        proposedValue: failed.has("proposedValue") ? undefined : (v.proposedValue ?? null),
        proposedMin: failed.has("proposedMin") ? undefined : (v.proposedMin ?? null),
        proposedMax: failed.has("proposedMax") ? undefined : (v.proposedMax ?? null),
      };
      for (const p of changeProblems(rules, input, todayIsoDay())) ctx.addIssue({ code: "custom", path: [p.field], message: p.messageKey, params: p.params });
      // A proposal is in the commitment's unit, as a reading is.
      sayTheUnit(ctx.issues, ["proposedValue", "proposedMin", "proposedMax"], v.currentUnit);
    },
    besideTheFields,
  );
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
  /** The requester's account is disabled now: their name is marked so (PersonName). */
  requesterDisabled: boolean;
  createdAt: string;
  reviewerName: string | null;
  reviewerDisabled: boolean;
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
