import { createHash } from "node:crypto";
import { invalid, type FieldProblem } from "@/lib/actions/errors";
import { binaryNameOfText, detectFileType, isMarkupName, type DetectedType } from "./detect-file-type";
import { sanitizeFileName } from "./sanitize-file-name";
import { MAX_EVIDENCE_BYTES, type TEvidenceUpload } from "./types";

export interface PreparedEvidence {
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  data: Uint8Array<ArrayBuffer>;
}

type Inspected = { data: Uint8Array<ArrayBuffer>; type: DetectedType } | { problem: FieldProblem };

/**
 * Each upload's inspection, kept while the upload object lives: the action's fieldChecks and its
 * use case are handed the same parsed input, so a file of up to 10 MB is decoded and sniffed once
 * per request, not once in each.
 */
const inspected = new WeakMap<TEvidenceUpload, Inspected>();

function inspectEvidence(upload: TEvidenceUpload): Inspected {
  let result = inspected.get(upload);
  if (!result) inspected.set(upload, (result = inspectBytes(upload)));
  return result;
}

/** An upload's bytes and the type they are, or what is wrong with it, named at the evidence field. */
function inspectBytes(upload: TEvidenceUpload): Inspected {
  const buffer = Buffer.from(upload.base64, "base64");
  const data = new Uint8Array(buffer.byteLength);
  data.set(buffer);
  const name = upload.fileName || "evidence";
  const refuse = (messageKey: FieldProblem["messageKey"], params: FieldProblem["params"] = { name }) => ({ problem: { field: "evidence", messageKey, params } });
  if (data.byteLength === 0) return refuse("workflow.evidence.empty");
  if (data.byteLength > MAX_EVIDENCE_BYTES) return refuse("workflow.evidence.tooLarge");
  const type = detectFileType(data, upload.fileName);
  if (!type) return refuse("workflow.evidence.type");
  if (type.mimeType.startsWith("text/plain") && isMarkupName(name)) return refuse("workflow.evidence.markup");
  const claimed = type.mimeType.startsWith("text/plain") ? binaryNameOfText(name) : null;
  if (claimed) return refuse("workflow.evidence.textAsBinary", { name, extension: claimed.toUpperCase() });
  return { data, type };
}

/**
 * What is wrong with each of an update's files, judged by its bytes (its type by content, its
 * size, text named as a PDF or a web page): every file named at once, for the action's
 * fieldChecks, which says them with the form's own mistakes before anything is written.
 */
export function evidenceProblems(uploads: readonly TEvidenceUpload[]): FieldProblem[] {
  return uploads.flatMap((upload) => {
    const result = inspectEvidence(upload);
    return "problem" in result ? [result.problem] : [];
  });
}

/**
 * Decodes an upload and decides what it is by its bytes. Runs inside the use case too, not only
 * before it (evidenceProblems), so nothing but a file that passed is ever stored.
 */
export function prepareEvidence(upload: TEvidenceUpload): PreparedEvidence {
  const result = inspectEvidence(upload);
  if ("problem" in result) throw invalid(result.problem.messageKey, result.problem.params, "evidence");
  const { data, type } = result;
  return {
    fileName: sanitizeFileName(upload.fileName, type.extension),
    mimeType: type.mimeType,
    size: data.byteLength,
    sha256: createHash("sha256").update(data).digest("hex"),
    data,
  };
}
