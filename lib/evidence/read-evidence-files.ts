import type { MessageKey } from "@/lib/i18n/zh";
import { evidenceFilesProblem } from "./evidence-files-problem";
import type { TEvidenceUpload } from "./types";

/**
 * The `readFiles` hook of the submit-update form: the files of the `evidence` input become
 * `values.evidence` ([{ fileName, base64 }]) for the zod schema. Count and size are refused here
 * already so a 50 MB upload is not base64-encoded for nothing; the type is checked by the use case.
 */
export async function readEvidenceFiles(
  formData: FormData,
  values: Record<string, unknown>,
): Promise<{ field: string; messageKey: MessageKey } | null> {
  // An empty file input still sends one empty File (its name varies by browser): zero bytes is
  // never evidence, so such entries are dropped rather than refused.
  const files = formData.getAll("evidence").filter((f): f is File => f instanceof File && f.size > 0);
  const problem = evidenceFilesProblem(files.map((f) => f.size));
  if (problem) return { field: "evidence", messageKey: problem };
  const uploads: TEvidenceUpload[] = [];
  for (const file of files) {
    uploads.push({ fileName: file.name, base64: Buffer.from(await file.arrayBuffer()).toString("base64") });
  }
  values.evidence = uploads;
  return null;
}
