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
    expect(await readEvidenceFiles(form, values)).toBeNull();
    expect(values.evidence).toEqual([{ fileName: "说明.txt", base64: Buffer.from("进展").toString("base64") }]);
  });

  it("refuses a chosen file with no bytes by its name, rather than saving the update without it", async () => {
    const form = new FormData();
    form.append("evidence", new File(["进展"], "说明.txt"));
    form.append("evidence", new File([], "验收报告.pdf"));
    expect(await readEvidenceFiles(form, {})).toEqual({ field: "evidence", messageKey: "workflow.evidence.empty", params: { name: "验收报告.pdf" } });
  });

  it("refuses more than five files or one over 10 MB before reading them, naming the file too large", async () => {
    const many = new FormData();
    for (let i = 0; i < 6; i++) many.append("evidence", new File(["x"], `${i}.txt`));
    expect(await readEvidenceFiles(many, {})).toEqual({ field: "evidence", messageKey: "workflow.evidence.tooMany" });
    const big = new FormData();
    big.append("evidence", new File([new Uint8Array(MAX_EVIDENCE_BYTES + 1)], "big.pdf"));
    expect(await readEvidenceFiles(big, {})).toEqual({ field: "evidence", messageKey: "workflow.evidence.tooLarge", params: { name: "big.pdf" } });
  });
});
