import { z } from "zod";

/** 修改报告信息: the report's name as people know it. The year and text stay as imported. */
export const ZUpdateReport = z.object({
  reportId: z.coerce.number().int().positive().max(2_147_483_647),
  title: z.string().trim().min(1, { error: "form.required" }).max(200, { error: "reports.edit.titleTooLong" }),
  issuer: z.string().trim().min(1, { error: "form.required" }).max(100, { error: "reports.edit.issuerTooLong" }),
  // What the form showed (hidden): saved over only if the report still says it.
  shownTitle: z.string(),
  shownIssuer: z.string(),
});
export type TUpdateReport = z.infer<typeof ZUpdateReport>;
