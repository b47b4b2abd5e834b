import { deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { zipWithinLimits } from "./zip-within-limits";

/** A zip written by hand, so a test can make it lie about its sizes as a zip bomb does. */
function zipOf(entries: { name: string; data: Uint8Array; method?: 0 | 8; declaredSize?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const method = e.method ?? 8;
    const stored = method === 8 ? deflateRawSync(e.data) : Buffer.from(e.data);
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(e.declaredSize ?? e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(e.declaredSize ?? e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    directory.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directoryBytes, end]));
}

const MB = 1024 * 1024;
const limits = { maxInflated: 4 * MB, maxEntries: 50 };

describe("zipWithinLimits", () => {
  it("accepts a workbook as ExcelJS (and Excel) write it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("进展填报");
    for (let i = 1; i <= 200; i++) sheet.addRow([i, "新增高标准农田", "2023-06-30", 11, "已完成"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(zipWithinLimits(bytes, limits)).toBe(true);
  });

  it("accepts stored and deflated entries that unpack to exactly the limit", () => {
    const half = new Uint8Array(2 * MB);
    expect(zipWithinLimits(zipOf([{ name: "a", data: half }, { name: "b", data: half, method: 0 }]), limits)).toBe(true);
  });

  it("refuses a zip bomb: a few kilobytes that unpack past the limit, whatever sizes it declares", () => {
    const bomb = zipOf([{ name: "xl/media/x.bin", data: new Uint8Array(5 * MB), declaredSize: 10 }]);
    expect(bomb.byteLength).toBeLessThan(10_000);
    expect(zipWithinLimits(bomb, limits)).toBe(false);
  });

  it("counts what all entries unpack to together", () => {
    const entries = Array.from({ length: 5 }, (_, i) => ({ name: `e${i}`, data: new Uint8Array(MB) }));
    expect(zipWithinLimits(zipOf(entries), limits)).toBe(false);
    expect(zipWithinLimits(zipOf(entries.slice(0, 4)), limits)).toBe(true);
  });

  it("refuses too many entries, and what is not a zip at all", () => {
    const many = Array.from({ length: 51 }, (_, i) => ({ name: `e${i}`, data: new Uint8Array(1) }));
    expect(zipWithinLimits(zipOf(many), limits)).toBe(false);
    expect(zipWithinLimits(new TextEncoder().encode("截至日期,实际完成值\n2023-06-30,11"), limits)).toBe(false);
    expect(zipWithinLimits(new Uint8Array(0), limits)).toBe(false);
  });

  it("refuses a bomb whose end record declares fewer entries than its directory holds (JSZip reads them all)", () => {
    const bomb = zipOf([{ name: "xl/media/x.bin", data: new Uint8Array(5 * MB) }]);
    const view = new DataView(bomb.buffer);
    const end = bomb.byteLength - 22;
    view.setUint16(end + 8, 0, true);
    view.setUint16(end + 10, 0, true);
    expect(zipWithinLimits(bomb, limits)).toBe(false);
  });

  it("refuses bytes put before the zip (JSZip would shift every offset by them)", () => {
    const zip = zipOf([{ name: "a", data: new Uint8Array(10) }]);
    expect(zipWithinLimits(new Uint8Array([...new Uint8Array(64), ...zip]), limits)).toBe(false);
  });

  it("refuses a directory that points outside the file", () => {
    const zip = zipOf([{ name: "a", data: new Uint8Array(10) }]);
    const cut = zip.slice(0, 20);
    const end = zip.slice(zip.byteLength - 22);
    expect(zipWithinLimits(new Uint8Array([...cut, ...end]), limits)).toBe(false);
  });
});
