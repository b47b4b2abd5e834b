import { z } from "zod";
import { halfWidth } from "@/lib/commitments/parse-figure-text";

/** Instance settings with their defaults: what the admin can change without a deployment. */
export const SETTINGS = {
  publicPageEnabled: { schema: z.boolean(), default: false },
  staleAfterDays: { schema: z.number().int().min(7).max(365), default: 45 },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValues = { [K in SettingKey]: z.infer<(typeof SETTINGS)[K]["schema"]> };

export const ZUpdateSettings = z.object({
  publicPageEnabled: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  // Typed with a Chinese input method (４５) as well as plain (45).
  staleAfterDays: z.preprocess((v) => (typeof v === "string" ? halfWidth(v).trim() : v), z.coerce.number({ error: "settings.staleRange" }).int({ error: "settings.staleRange" }).min(7, { error: "settings.staleRange" }).max(365, { error: "settings.staleRange" })),
});
export type TUpdateSettings = z.infer<typeof ZUpdateSettings>;
