import { z } from "zod";
import { halfWidth } from "@/lib/commitments/parse-figure-text";
import { toStoredFigure } from "@/lib/commitments/figure-precision";
import { onlyTargetFigures } from "./target-figures";
import { idList } from "@/lib/actions/id-fields";

export const MAX_REPORT_CHARS = 2_000_000;
export const MAX_CANDIDATES = 5_000;
const COMPARATORS = [">=", "<=", "=", "growth", "approx", "range"] as const;

const optionalNumber = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  // Past MAX_FIGURE either way (a digit typed too many) or with more than the four decimals kept,
  // refused in the words every figure form uses rather than rounded (toStoredFigure).
  z.coerce.number().finite().transform(toStoredFigure).nullable(),
);

export const ZStartImport = z.object({
  text: z.string().min(1, { error: "import.error.EMPTY" }).max(MAX_REPORT_CHARS, { error: "import.error.tooLarge" }),
  /** Set when the text is an uploaded file's, by import-form-files.ts (which drops one the form sent). */
  textFrom: z.literal("file").optional().catch(undefined),
  /** Left empty, read from the text (detectIssuer), and refused only when the text does not say. */
  issuer: z.string().trim().max(100),
  year: z.preprocess(
    (v) => {
      const typed = typeof v === "string" ? halfWidth(v).trim() : v;
      return typed === "" || typed == null ? undefined : typed;
    },
    z.coerce
      .number({ error: "import.error.year" })
      .int({ error: "import.error.year" })
      .min(1949, { error: "import.error.year" })
      .max(2100, { error: "import.error.year" })
      .optional(),
  ),
});
export type TStartImport = z.infer<typeof ZStartImport>;

/** One reviewed candidate as the review page sends it back. Offsets point into the draft text. */
export const ZImportCandidate = z
  .object({
    key: z.string().min(1).max(40),
    section: z.string().min(1).max(40),
    theme: z.string().max(500).nullable(),
    kind: z.enum(["numeric", "milestone"]),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    indicator: z.string().trim().min(1, { error: "form.required" }).max(100, { error: "import.error.indicatorTooLong" }),
    value: optionalNumber,
    min: optionalNumber,
    max: optionalNumber,
    unit: z.string().trim().max(20, { error: "import.error.unitTooLong" }).nullable(),
    comparator: z.enum(COMPARATORS).nullable(),
    deadline: z.iso.date({ error: "import.error.deadline" }).refine((d) => d >= "1949-01-01" && d <= "2200-12-31", { error: "import.error.deadline" }),
    deadlineStated: z.boolean(),
    /** The admin typed the deadline in the review (deadline-source.ts); a draft's own candidates say false. */
    deadlineSetByAdmin: z.boolean().default(false),
    /**
     * The occasion the report gives instead of a day ("牡丹文化节前"), for the review to ask the
     * day (the extractor's deadlineOccasion). Not stored with the commitment; drafts made before
     * it have none.
     */
    deadlineOccasion: z.string().max(100).nullable().optional(),
    leadDepartmentId: z.number().int().positive().max(2_147_483_647).nullable(),
    supportingDepartmentIds: z.array(z.number().int().positive().max(2_147_483_647)).max(50),
    responsibleUserId: z.number().int().positive().max(2_147_483_647).nullable(),
    /**
     * The candidate's number in the review's list as the admin sees it ("第 3 项"), rejected rows
     * counted: it names the row in refusals. Sent by the review only (a draft's candidates have
     * none); without it, a candidate is named by its place among those sent.
     */
    row: z.number().int().positive().max(2_147_483_647).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.end <= c.start) ctx.addIssue({ code: "custom", path: ["end"], message: "import.error.span" });
    if (c.kind === "milestone") return;
    if (!c.comparator) ctx.addIssue({ code: "custom", path: ["comparator"], message: "form.required" });
    if (c.comparator === "range") {
      if (c.min == null) ctx.addIssue({ code: "custom", path: ["min"], message: "form.required" });
      if (c.max == null) ctx.addIssue({ code: "custom", path: ["max"], message: "form.required" });
      // Their order is candidateProblems' (checked as the admin types, said with the row's number).
    } else if (c.comparator && c.value == null) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "form.required" });
    }
  })
  // What is stored is the target the review showed: a range sent with the single value its row
  // had before is stored without it.
  .transform(onlyTargetFigures);
export type TImportCandidate = z.infer<typeof ZImportCandidate>;

export const ZAcceptImport = z.object({
  draftId: z.coerce.number().int().positive().max(2_147_483_647),
  candidates: z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "import.error.payload" });
        return z.NEVER;
      }
    })
    .pipe(z.array(ZImportCandidate).max(MAX_CANDIDATES, { error: "import.error.tooManyAccepted" })),
  /**
   * The imported reports the admin was asked about and confirmed this draft may be a copy of
   * (findSimilarReports): one of them not named here refuses the import, so a likely copy goes in
   * only past the question, whichever page or script sends it.
   */
  copyOf: idList(100),
});
export type TAcceptImport = z.infer<typeof ZAcceptImport>;

export const ZDiscardImport = z.object({ draftId: z.coerce.number().int().positive().max(2_147_483_647) });
