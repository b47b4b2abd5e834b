import { describe, expect, it } from "vitest";
import { EVIDENCE_ACCEPT, binaryNameOfText, detectFileType, isMarkupName } from "./detect-file-type";
import { downloadHeaders } from "./download-headers";
import { sanitizeFileName } from "./sanitize-file-name";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "latin1")] : p)));

describe("evidence types by content", () => {
  it("recognises PDF, PNG, JPEG, GIF and WebP whatever the name says", () => {
    expect(detectFileType(bytes("%PDF-1.7\n"), "x.png")?.mimeType).toBe("application/pdf");
    expect(detectFileType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]), "x.pdf")?.mimeType).toBe("image/png");
    expect(detectFileType(bytes([0xff, 0xd8, 0xff, 0xe0]), "x")?.mimeType).toBe("image/jpeg");
    expect(detectFileType(bytes("GIF89a"), "x")?.mimeType).toBe("image/gif");
    expect(detectFileType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "), "x")?.mimeType).toBe("image/webp");
  });

  it("accepts a zip only as .docx / .xlsx / .pptx", () => {
    const zip = bytes("PK", [3, 4, 20, 0]);
    expect(detectFileType(zip, "台账.XLSX")?.extension).toBe("xlsx");
    expect(detectFileType(zip, "a.zip")).toBeNull();
    expect(detectFileType(zip, "a.pdf")).toBeNull();
  });

  it("accepts UTF-8 text and refuses binaries, GBK and control characters", () => {
    expect(detectFileType(new TextEncoder().encode("新增高标准农田11万亩\r\n\t"), "a.txt")?.mimeType).toBe("text/plain; charset=utf-8");
    expect(detectFileType(bytes("MZ", [0x90, 0, 3, 0]), "setup.pdf")).toBeNull();
    expect(detectFileType(bytes([0xd0, 0xc2, 0xd4, 0xf6]), "gbk.txt")).toBeNull();
    expect(detectFileType(bytes("ab", [0x1b], "c"), "esc.txt")).toBeNull();
  });

  it("keeps a text format's own extension (a CSV stays .csv) and calls anything else .txt", () => {
    const table = new TextEncoder().encode("区县,新增高标准农田（万亩）\n孟津区,1.2\n");
    expect(detectFileType(table, "农田统计.CSV")).toEqual({ mimeType: "text/plain; charset=utf-8", extension: "csv" });
    expect(detectFileType(table, "说明")?.extension).toBe("txt");
    expect(detectFileType(table, "progress.pdf")?.extension).toBe("txt");
  });

  it("knows text named as a PDF, an image or an Office document, which is refused rather than kept as .txt unasked", () => {
    expect(["进展.pdf", "a.PNG", "b.jpeg", "c.docx", "d.xls", "e.zip"].map(binaryNameOfText)).toEqual(["pdf", "png", "jpeg", "docx", "xls", "zip"]);
    expect(["a.txt", "a.csv", "说明", "a.pdf.txt", "a.md"].map(binaryNameOfText)).toEqual([null, null, null, null, null]);
  });

  it("offers in the file picker every text format it keeps, a CSV among them (browsers type it text/csv)", () => {
    const offered = EVIDENCE_ACCEPT.split(",");
    for (const accepted of [".pdf", ".docx", ".txt", ".csv", ".tsv", ".md", ".json", ".log", "text/csv", "text/plain"]) expect(offered).toContain(accepted);
  });

  it("knows text named as a web page, an SVG image or a script, which is refused as evidence", () => {
    expect(["政府网站截图.html", "a.HTM", "chart.svg", "data.xml", "x.js"].map(isMarkupName)).toEqual([true, true, true, true, true]);
    expect(["a.txt", "a.csv", "a.pdf", "html", "a.html.txt"].map(isMarkupName)).toEqual([false, false, false, false, false]);
  });
});

describe("evidence file names", () => {
  it("drops directories and control characters and keeps the detected extension", () => {
    expect(sanitizeFileName("C:\\fakepath\\照片.pdf", "png")).toBe("照片.png");
    expect(sanitizeFileName("../../etc/passwd", "txt")).toBe("passwd.txt");
    expect(sanitizeFileName("a\u0000b\u202e.fdp.exe", "pdf")).toBe("ab.fdp.pdf");
    expect(sanitizeFileName("现场.JPEG", "jpg")).toBe("现场.jpeg");
    expect(sanitizeFileName("...", "pdf")).toBe("evidence.pdf");
    // Found by the property test (seed -507284596): dots after a space once survived the first strip.
    expect(sanitizeFileName(". ..", "pdf")).toBe("evidence.pdf");
    expect(sanitizeFileName(" . .报告.pdf", "pdf")).toBe("报告.pdf");
  });

  it("is at most 120 characters with the extension", () => {
    const name = sanitizeFileName(`${"报".repeat(300)}.docx`, "docx");
    expect([...name]).toHaveLength(120);
    expect(name.endsWith(".docx")).toBe(true);
  });
});

describe("download headers", () => {
  it("always downloads, with a UTF-8 name, no sniffing and no caching", () => {
    const h = downloadHeaders({ fileName: "洛阳 台账(1).xlsx", mimeType: "image/png", size: 3 });
    expect(h["Content-Disposition"]).toBe(`attachment; filename="__ __(1).xlsx"; filename*=UTF-8''%E6%B4%9B%E9%98%B3%20%E5%8F%B0%E8%B4%A6%281%29.xlsx`);
    expect(h).toMatchObject({ "Content-Type": "image/png", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store", "Content-Length": "3" });
  });
});
