import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readBulkSheet, SHEET_ZIP_LIMITS } from "./read-bulk-sheet";

describe("readBulkSheet", () => {
  it("refuses a sheet that would unpack past its limit before ExcelJS unpacks it into memory", async () => {
    // One entry of zeros, a fraction of a megabyte packed: the shape of a zip bomb.
    const data = deflateRawSync(Buffer.alloc(SHEET_ZIP_LIMITS.maxInflated + 1));
    const name = Buffer.from("xl/media/x.bin");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length + data.length, 16);
    const bomb = Buffer.concat([local, name, data, central, name, end]);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    expect(await readBulkSheet(new Uint8Array(bomb).buffer)).toEqual({ problem: "bulk.error.file" });
  });
});
