import { z } from "zod";
import { besideTheFields, failedFields } from "@/lib/actions/cross-field";
import { ZEvidenceUploads } from "@/lib/evidence/types";
import { readTypedFigure, type TypedFigureProblem } from "@/lib/commitments/read-typed-figure";
import { MAX_FIGURE, toStoredFigure } from "@/lib/commitments/figure-precision";
import type { MessageKey } from "@/lib/i18n/zh";
import { todayIsoDay } from "@/lib/time/today";
import { readLowestHint } from "./reading-hints";
import { readingProblems } from "./reading-problems";

export const MAX_NARRATIVE = 5000;

const optionalId = z.preprocess((v) => (v === "" || v == null ? null : v), z.coerce.number().int().positive().max(2_147_483_647).nullable());
const idList = z.preprocess(
  (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.coerce.number().int().positive().max(2_147_483_647)).max(20),
);
export { MAX_FIGURE };
const FIGURE_PROBLEM: Record<TypedFigureProblem["problem"], MessageKey> = {
  // "69.5%": the unit is the field's already; said so, not only "enter a number".
  percent: "workflow.form.noPercent",
  notANumber: "workflow.form.number",
  tooLarge: "workflow.form.numberTooLarge",
  tooPrecise: "workflow.form.tooManyDecimals",
  exponent: "workflow.form.noExponent",
};
export const optionalFigure = z.preprocess(
  // Typed text is read as the progress sheet reads a cell (readTypedFigure: full-width digits as
  // their digits; "0x10" is not 16, nor "1e3" taken as 1000 unasked), each mistake in the form's
  // words. A number from code is coerced and checked below.
  (v, ctx) => {
    if (typeof v !== "string") return v ?? null;
    const read = readTypedFigure(v);
    if ("figure" in read) return read.figure;
    ctx.addIssue({ code: "custom", message: FIGURE_PROBLEM[read.problem] });
    return z.NEVER;
  },
  z.coerce
    .number({ error: "workflow.form.number" })
    .finite({ error: "workflow.form.number" })
    // Checked here, as the figure will be kept (a number the database cannot hold is said to be
    // too large, not "enter a number"): its percent is computed from what is stored.
    .transform(toStoredFigure)
    .nullable(),
);
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
    keepEvidenceIds: idList,
    /**
     * The kind the form was drawn for: only so that a missing figure is reported together with the
     * other fields' mistakes rather than in a second round. Not trusted: the use case reads the kind.
     */
    expects: z.enum(["NUMERIC", "MILESTONE"]).optional().catch(undefined),
    /** The commitment's report year and the least its figure can be (lowestReading), as the form was drawn: hints like `expects`. */
    reportYear: z.coerce.number().int().min(1).max(9999).optional().catch(undefined),
    lowest: z.enum(["0", "-100", "none"]).optional().catch(undefined),
    /** Whether the figure is a share of a whole (isShare), as the form was drawn. */
    share: z.literal("1").optional().catch(undefined),
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
  createdAt: string;
  reviewerName: string | null;
  reviewNote: string | null;
  reviewedAt: string | null;
  resubmitsId: number | null;
  resubmittedById: number | null;
  /** Returned by taking back its approval (撤回审核通过), not by a review of it as submitted. */
  revoked: boolean;
  evidence: { id: number; fileName: string; size: number }[];
}
