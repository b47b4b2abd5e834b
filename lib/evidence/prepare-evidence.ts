import { createHash } from "node:crypto";
import { invalid } from "@/lib/actions/errors";
import { binaryNameOfText, detectFileType, isMarkupName } from "./detect-file-type";
import { sanitizeFileName } from "./sanitize-file-name";
import { MAX_EVIDENCE_BYTES, type TEvidenceUpload } from "./types";

export interface PreparedEvidence {
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  data: Uint8Array<ArrayBuffer>;
}

/**
 * Decodes an upload and decides what it is by its bytes. Runs inside the use case, not only in
 * the form hook, so every path into submitUpdate (tests, future APIs) gets the same checks.
 */
export function prepareEvidence(upload: TEvidenceUpload): PreparedEvidence {
  const buffer = Buffer.from(upload.base64, "base64");
  const data = new Uint8Array(buffer.byteLength);
  data.set(buffer);
  const name = upload.fileName || "evidence";
  if (data.byteLength === 0) throw invalid("workflow.evidence.empty", { name }, "evidence");
  if (data.byteLength > MAX_EVIDENCE_BYTES) throw invalid("workflow.evidence.tooLarge", { name }, "evidence");
  const type = detectFileType(data, upload.fileName);
  if (!type) throw invalid("workflow.evidence.type", { name }, "evidence");
  if (type.mimeType.startsWith("text/plain") && isMarkupName(name)) throw invalid("workflow.evidence.markup", { name }, "evidence");
  const claimed = type.mimeType.startsWith("text/plain") ? binaryNameOfText(name) : null;
  if (claimed) throw invalid("workflow.evidence.textAsBinary", { name, extension: claimed.toUpperCase() }, "evidence");
  return {
    fileName: sanitizeFileName(upload.fileName, type.extension),
    mimeType: type.mimeType,
    size: data.byteLength,
    sha256: createHash("sha256").update(data).digest("hex"),
    data,
  };
}
