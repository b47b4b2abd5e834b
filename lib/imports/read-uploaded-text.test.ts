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
  it("calls a Word, PDF or program file renamed .txt binary, not GBK", async () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]);
    // A PDF's bytes after its header: binary without a single NUL in the first lines.
    const pdf = new Uint8Array([...new TextEncoder().encode("%PDF-1.7\n%"), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, ...Array.from({ length: 200 }, (_, i) => (i * 37) % 31 + 1)]);
    for (const bytes of [docx, elf, pdf]) expect(await readUploadedText(file(bytes))).toEqual({ problem: "import.error.BINARY" });
  });
  it("reads UTF-16 with its byte-order mark (Notepad's \"Unicode\"), though full of NUL bytes", async () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from("政府工作报告", (c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]).flat()]);
    const be = new Uint8Array([0xfe, 0xff, ...Array.from("报告2023", (c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]).flat()]);
    expect(await readUploadedText(file(le))).toEqual({ text: "政府工作报告" });
    expect(await readUploadedText(file(be))).toEqual({ text: "报告2023" });
  });
  it("keeps text with a form feed or an escape as text", async () => {
    expect(await readUploadedText(file("第一页\f第二页\u001b"))).toEqual({ text: "第一页\f第二页\u001b" });
  });
  it("refuses files that are not .txt text", async () => {
    expect(await readUploadedText(file("x", "report.pdf", "application/pdf"))).toEqual({ problem: "import.error.fileType" });
    expect(await readUploadedText(file("x", "report.txt", "application/octet-stream"))).toEqual({ problem: "import.error.fileType" });
  });
});
