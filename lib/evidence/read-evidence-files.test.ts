import { describe, expect, it } from "vitest";
import { readEvidenceFiles } from "./read-evidence-files";
import { MAX_EVIDENCE_BYTES } from "./types";

describe("the submit form's files", () => {
  it("become base64 values for the schema, skipping an empty file input", async () => {
    const form = new FormData();
    form.append("evidence", new File(["进展"], "说明.txt", { type: "text/plain" }));
    form.append("evidence", new File([], ""));
    form.append("evidence", new File([], "undefined"));
    const values: Record<string, unknown> = {};
    expect(await readEvidenceFiles(form, values)).toEqual([]);
    expect(values.evidence).toEqual([{ fileName: "说明.txt", base64: Buffer.from("进展").toString("base64") }]);
  });

  it("names every chosen file with no bytes or over 10 MB, and reads the others for their own checks", async () => {
    const form = new FormData();
    form.append("evidence", new File(["进展"], "说明.txt"));
    form.append("evidence", new File([], "验收报告.pdf"));
    form.append("evidence", new File([new Uint8Array(MAX_EVIDENCE_BYTES + 1)], "big.pdf"));
    form.append("evidence", new File([], "照片.jpg"));
    const values: Record<string, unknown> = {};
    expect(await readEvidenceFiles(form, values)).toEqual([
      { field: "evidence", messageKey: "workflow.evidence.empty", params: { name: "验收报告.pdf" } },
      { field: "evidence", messageKey: "workflow.evidence.tooLarge", params: { name: "big.pdf" } },
      { field: "evidence", messageKey: "workflow.evidence.empty", params: { name: "照片.jpg" } },
    ]);
    expect(values.evidence).toEqual([{ fileName: "说明.txt", base64: Buffer.from("进展").toString("base64") }]);
  });

  it("refuses more than five files before reading any", async () => {
    const many = new FormData();
    for (let i = 0; i < 6; i++) many.append("evidence", new File(["x"], `${i}.txt`));
    const values: Record<string, unknown> = {};
    expect(await readEvidenceFiles(many, values)).toEqual([{ field: "evidence", messageKey: "workflow.evidence.tooMany" }]);
    expect(values.evidence).toBeUndefined();
  });
});
