import { z } from "zod";
import { figureWording, figureWordingParams, readTypedFigure, typedUnit, type FigureWording, type TypedFigureProblem } from "@/lib/commitments/read-typed-figure";
import { toStoredFigure } from "@/lib/commitments/figure-precision";
import type { MessageKey } from "@/lib/i18n/zh";

const FIGURE_PROBLEM: Record<FigureWording, MessageKey> = {
  // "69.5%": the unit is the field's already; said so, not only "enter a number".
  percent: "workflow.form.noPercent",
  // "462个", "386亿": the words are named (and, with the unit among the form's hints, held against it: sayTheUnit).
  unit: "workflow.form.noUnit",
  // "约462", "462个左右": an exact figure is asked for (with the number typed as its example when it came alone).
  approximate: "workflow.form.approximate",
  approximateFigure: "workflow.form.approximateFigure",
  // "四百六十二": Arabic digits, showing the digits meant when the numerals read one way only.
  chineseNumeral: "workflow.form.chineseNumeral",
  chineseNumeralFigure: "workflow.form.chineseNumeralFigure",
  notANumber: "workflow.form.number",
  tooLarge: "workflow.form.numberTooLarge",
  tooPrecise: "workflow.form.tooManyDecimals",
  exponent: "workflow.form.noExponent",
};

/** The words typed after a refused figure ("个", "亿", "%"), kept on its issue for sayTheUnit. */
const typedAfter = (read: TypedFigureProblem) => (read.problem === "unit" ? read.typed : read.problem === "percent" ? "%" : undefined);

export const optionalFigure = z.preprocess(
  // Typed text is read as the progress sheet reads a cell (readTypedFigure: full-width digits as
  // their digits; "0x10" is not 16, nor "1e3" taken as 1000 unasked, nor "386亿" as 386), each
  // mistake in the form's words. A number from code is coerced and checked below.
  (v, ctx) => {
    if (typeof v !== "string") return v ?? null;
    const read = readTypedFigure(v);
    if ("figure" in read) return read.figure;
    const typed = typedAfter(read);
    const params = { ...figureWordingParams(read), ...(typed === undefined ? {} : { typed }) };
    ctx.addIssue({ code: "custom", message: FIGURE_PROBLEM[figureWording(read)], ...(Object.keys(params).length ? { params } : {}) });
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

/**
 * A figure refused for the words typed after it is refused by its own parse, which cannot see the
 * form's hints; a schema whose hints hold the commitment's unit says it again against that unit
 * (typedUnit), in its refinement of the whole: "without the unit (个)" for the unit itself, "in
 * 万元 only, without 亿" for other words — never only "without 亿", which would have the official
 * drop a scale and report 386 for 386亿 against a target in 万元.
 */
export function sayTheUnit(issues: z.core.$ZodRawIssue[], fields: readonly string[], unit: string | undefined): void {
  for (const [index, issue] of issues.entries()) {
    const typed = issue.code === "custom" ? issue.params?.typed : undefined;
    if (typeof typed !== "string" || !fields.includes(String(issue.path?.[0]))) continue;
    const against = typedUnit(typed, unit);
    if (against === "noUnit") continue;
    // Said instead of the parse's words, not beside them: one message per mistake.
    issues[index] = { ...issue, message: against === "same" ? "workflow.form.unitGiven" : "workflow.form.otherUnit", params: { typed, unit } };
  }
}
