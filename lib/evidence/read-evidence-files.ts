import type { FileProblem } from "@/lib/actions/server-action";
import { isEmptyFileInput } from "@/lib/http/chosen-file";
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_FILES, type TEvidenceUpload } from "./types";

/**
 * The `readFiles` hook of the submit-update form: the files of the `evidence` input become
 * `values.evidence` ([{ fileName, base64 }]) for the zod schema. Files too many or too large are
 * not read (a 50 MB upload is not base64-encoded for nothing) but named, each, with the form's own
 * mistakes; the others are read, and their types are checked with them (the action's fieldChecks).
 */
export async function readEvidenceFiles(formData: FormData, values: Record<string, unknown>): Promise<FileProblem[]> {
  // An empty file input still sends one part with no name and no bytes: dropped. A file the
  // official chose that has no bytes is refused by its name (saved without it, the official
  // would believe the evidence attached).
  const files = formData.getAll("evidence").filter((f): f is File => f instanceof File && !isEmptyFileInput(f));
  const problems: FileProblem[] = [];
  if (files.filter((f) => f.size > 0).length > MAX_EVIDENCE_FILES) problems.push({ field: "evidence", messageKey: "workflow.evidence.tooMany" });
  for (const file of files) {
    if (file.size === 0) problems.push({ field: "evidence", messageKey: "workflow.evidence.empty", params: { name: file.name } });
    else if (file.size > MAX_EVIDENCE_BYTES) problems.push({ field: "evidence", messageKey: "workflow.evidence.tooLarge", params: { name: file.name } });
  }
  // Too many: none is read (which of them would be sent is the official's choice).
  if (problems.some((p) => p.messageKey === "workflow.evidence.tooMany")) return problems;
  const uploads: TEvidenceUpload[] = [];
  for (const file of files) {
    if (file.size === 0 || file.size > MAX_EVIDENCE_BYTES) continue;
    uploads.push({ fileName: file.name, base64: Buffer.from(await file.arrayBuffer()).toString("base64") });
  }
  values.evidence = uploads;
  return problems;
}
