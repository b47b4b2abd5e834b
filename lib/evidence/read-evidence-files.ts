import type { FileProblem } from "@/lib/actions/server-action";
import { isEmptyFileInput } from "@/lib/http/chosen-file";
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
): Promise<FileProblem | null> {
  // An empty file input still sends one part with no name and no bytes: dropped. A file the
  // official chose that has no bytes is refused by its name (saved without it, the official
  // would believe the evidence attached).
  const files = formData.getAll("evidence").filter((f): f is File => f instanceof File && !isEmptyFileInput(f));
  const empty = files.find((f) => f.size === 0);
  if (empty) return { field: "evidence", messageKey: "workflow.evidence.empty", params: { name: empty.name } };
  const problem = evidenceFilesProblem(files);
  if (problem) return { field: "evidence", messageKey: problem.key, ...(problem.key === "workflow.evidence.tooLarge" ? { params: { name: problem.name } } : {}) };
  const uploads: TEvidenceUpload[] = [];
  for (const file of files) {
    uploads.push({ fileName: file.name, base64: Buffer.from(await file.arrayBuffer()).toString("base64") });
  }
  values.evidence = uploads;
  return null;
}
