import { describe, expect, it } from "vitest";
import { readUploadedText } from "./read-uploaded-text";

const file = (bytes: BlobPart, name = "report.txt", type = "text/plain") => new File([bytes], name, { type });

describe("readUploadedText", () => {
  it("reads UTF-8 and drops a BOM", async () => {
    expect(await readUploadedText(file("\uFEFF政府工作报告"))).toEqual({ text: "政府工作报告" });
  });
  it("refuses GBK bytes instead of importing mojibake", async () => {
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7]); // 政府工作 in GBK
    expect(await readUploadedText(file(gbk))).toEqual({ problem: "import.error.ENCODING" });
  });
  it("refuses files that are not .txt text", async () => {
    expect(await readUploadedText(file("x", "report.pdf", "application/pdf"))).toEqual({ problem: "import.error.fileType" });
    expect(await readUploadedText(file("x", "report.txt", "application/octet-stream"))).toEqual({ problem: "import.error.fileType" });
  });
});
