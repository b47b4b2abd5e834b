import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readUploadedText } from "./read-uploaded-text";

const file = (bytes: BlobPart, name = "report.txt", type = "text/plain") => new File([bytes], name, { type });

describe("readUploadedText", () => {
  it("reads UTF-8 and drops a BOM", async () => {
    expect(await readUploadedText(file("\uFEFF政府工作报告"))).toEqual({ text: "政府工作报告" });
  });
  it("reads a report saved in GB18030 or GBK (Notepad's \"ANSI\" on a Chinese Windows) as its Chinese text", async () => {
    const gb18030 = fs.readFileSync(path.join(import.meta.dirname, "__fixtures__", "luoyang-excerpt.gb18030.txt"));
    const utf8 = fs.readFileSync(path.join(import.meta.dirname, "__fixtures__", "luoyang-excerpt.utf8.txt"), "utf8");
    expect(gb18030.equals(Buffer.from(utf8))).toBe(false);
    expect(await readUploadedText(file(gb18030))).toEqual({ text: utf8 });
    // 政府工作报告，完成。 in GBK, which GB18030 contains.
    const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6, 0xa3, 0xac, 0xcd, 0xea, 0xb3, 0xc9, 0xa1, 0xa3]);
    expect(await readUploadedText(file(gbk))).toEqual({ text: "政府工作报告，完成。" });
  });
  it("refuses bytes that are neither UTF-8 nor Chinese in GB18030 instead of importing mojibake", async () => {
    // Windows-1252 French: "é" before a letter is a valid GB18030 pair, but no Chinese sentence.
    const latin1 = new Uint8Array([...Buffer.from("Caf", "latin1"), 0xe9, ...Buffer.from("s, th", "latin1"), 0xe9, ...Buffer.from("s et r", "latin1"), 0xe9, ...Buffer.from("sum", "latin1"), 0xe9, ...Buffer.from("s.", "latin1")]);
    expect(await readUploadedText(file(latin1))).toEqual({ problem: "import.error.ENCODING" });
    // Invalid in GB18030 too (a lead byte before a space).
    expect(await readUploadedText(file(new Uint8Array([0xd5, 0xfe, 0xe9, 0x20, 0xa3, 0xac])))).toEqual({ problem: "import.error.ENCODING" });
    // Han characters without a Chinese sentence's comma or full stop: not taken for a report's text.
    expect(await readUploadedText(file(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7])))).toEqual({ problem: "import.error.ENCODING" });
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
