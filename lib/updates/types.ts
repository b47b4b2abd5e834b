import { z } from "zod";
import { idList, optionalId } from "@/lib/actions/id-fields";
import { besideTheFields, failedFields } from "@/lib/actions/cross-field";
import { formHint } from "@/lib/actions/form-hint";
import { ZEvidenceUploads } from "@/lib/evidence/types";
import { MAX_FIGURE } from "@/lib/commitments/figure-precision";
import { todayIsoDay } from "@/lib/time/today";
import { optionalFigure, sayTheUnit } from "./figure-field";
import { readLowestHint } from "./reading-hints";
import { readingProblems } from "./reading-problems";

export const MAX_NARRATIVE = 5000;

export { MAX_FIGURE, optionalFigure };
/** Done / not done of a milestone: radio values "true" / "false", or booleans from code. */
const optionalDone = z.preprocess(
  (v) => (v === "" || v == null ? null : v === "true" ? true : v === "false" ? false : v),
  z.boolean().nullable(),
);


/**
 * A progress update as an official submits it. Which of `actualValue` / `done` is required
 * depends on the commitment's kind, which only the use case knows for sure (it checks again);
 * so does the report year that bounds `asOf`. Percent complete is never part of the input.
 */
export const ZSubmitUpdate = z
  .object({
    commitmentId: z.coerce.number().int().positive().max(2_147_483_647),
    // Left empty, "required" (not "enter a valid date"); the same for a day the browser could not read.
    // No `abort: true`: it would also stop the refinement below, and a missing figure would be named only
    // in a second round (the pipe already stops at an empty day).
    asOf: z.string({ error: "form.required" }).min(1, { error: "form.required" }).pipe(z.iso.date({ error: "workflow.form.date" })),
    actualValue: optionalFigure,
    done: optionalDone,
    narrative: z
      .string({ error: "form.required" })
      .trim()
      .min(1, { error: "form.required" })
      .max(MAX_NARRATIVE, { error: "workflow.update.narrativeTooLong" }),
    evidence: ZEvidenceUploads,
    /** The returned update this one answers. */
    resubmitsId: optionalId,
    /** Files of the returned update to carry over to the resubmission. */
    keepEvidenceIds: idList(20),
    /**
     * The kind the form was drawn for: only so that a missing figure is reported together with the
     * other fields' mistakes rather than in a second round. Not trusted: the use case reads the kind.
     */
    expects: formHint(z.enum(["NUMERIC", "MILESTONE"]).optional().catch(undefined)),
    /** The commitment's report year and the least its figure can be (lowestReading), as the form was drawn: hints like `expects`. */
    reportYear: formHint(z.coerce.number().int().min(1).max(9999).optional().catch(undefined)),
    lowest: formHint(z.enum(["0", "-100", "none"]).optional().catch(undefined)),
    /** Whether the figure is a share of a whole (isShare), as the form was drawn. */
    share: formHint(z.literal("1").optional().catch(undefined)),
    /** The commitment's unit, as the form was drawn: a figure typed with words after it is refused naming it (sayTheUnit). */
    unit: formHint(z.string().max(50).optional().catch(undefined)),
  })
  // `when`: checked even when other fields failed, so every mistake is named in one answer (but
  // only on an object: a refinement that runs anyway must not read fields of null). A field that
  // failed its own parse is not judged again.
  .superRefine(
    (v, ctx) => {
      const failed = failedFields(ctx.issues);
      const rules = { kind: v.expects, reportYear: v.reportYear, lowest: readLowestHint(v.lowest), share: v.share === "1" };
      const input = {
        asOf: failed.has("asOf") ? undefined : v.asOf,
        actualValue: failed.has("actualValue") ? undefined : (v.actualValue ?? null),
        done: failed.has("done") ? undefined : (v.done ?? null),
      };
      for (const p of readingProblems(rules, input, todayIsoDay())) ctx.addIssue({ code: "custom", path: [p.field], message: p.messageKey, params: p.params });
      sayTheUnit(ctx.issues, ["actualValue"], v.unit);
    },
    besideTheFields,
  );
export type TSubmitUpdate = z.infer<typeof ZSubmitUpdate>;

/** An update as the timeline, the review queue and "my work" show it: plain, serialisable values. */
export interface UpdateView {
  id: number;
  commitmentId: number;
  state: "SUBMITTED" | "APPROVED" | "RETURNED";
  asOf: string;
  actualValue: string | null;
  done: boolean | null;
  percent: number | null;
  narrative: string;
  authorName: string;
  /** The author's account is disabled now: their name is marked so (PersonName). */
  authorDisabled: boolean;
  createdAt: string;
  reviewerName: string | null;
  reviewerDisabled: boolean;
  reviewNote: string | null;
  reviewedAt: string | null;
  resubmitsId: number | null;
  resubmittedById: number | null;
  /** Returned by taking back its approval (撤回审核通过), not by a review of it as submitted. */
  revoked: boolean;
  evidence: { id: number; fileName: string; size: number }[];
}
