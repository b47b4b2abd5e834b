import { z } from "zod";

export const MAX_EVIDENCE_FILES = 5;
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME_LENGTH = 120;
/** Base64 of MAX_EVIDENCE_BYTES, so an oversized upload is refused before it is decoded. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4;

/**
 * One uploaded file as it reaches the use case: FormData files are turned into base64 by the
 * form's readFiles hook (read-evidence-files.ts), so the action input stays plain JSON that zod
 * can check and an integration test can send without a browser.
 */
export const ZEvidenceUpload = z.object({
  fileName: z.string().max(1000),
  base64: z
    .string()
    .min(1, { error: "workflow.evidence.emptyUnnamed" })
    .max(MAX_BASE64_LENGTH, { error: "workflow.evidence.tooLargeUnnamed" })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: "workflow.evidence.unreadable" }),
});
export type TEvidenceUpload = z.infer<typeof ZEvidenceUpload>;

export const ZEvidenceUploads = z
  .array(ZEvidenceUpload)
  .max(MAX_EVIDENCE_FILES, { error: "workflow.evidence.tooMany" })
  .default([]);
