import { inflateRawSync } from "node:zlib";

/** What a zip (an .xlsx is one) may unpack to before it is read: far above a department's sheet. */
export interface ZipLimits {
  /** Bytes all entries unpack to, together. */
  maxInflated: number;
  maxEntries: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/**
 * Whether a zip unpacks within the limits, found by unpacking it with a cap on the output
 * rather than by trusting the sizes it declares (a "zip bomb" declares small ones). ExcelJS
 * unpacks every entry into memory without a limit, so an upload is measured here first.
 * Entries are found through the central directory, every record of it: JSZip reads records
 * while their signature runs, whatever count the end record declares, so the count must match and
 * the directory must end where the end record starts (nothing prepended to shift the offsets).
 * ZIP64, encryption and methods other than stored and deflate are refused (Excel writes none).
 */
export function zipWithinLimits(bytes: Uint8Array, limits: ZipLimits): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return false;
  const entries = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entries === 0xffff || directoryOffset === 0xffffffff || entries > limits.maxEntries) return false;
  if (directoryOffset + directorySize !== end) return false;
  let budget = limits.maxInflated;
  let at = directoryOffset;
  let walked = 0;
  while (at + 4 <= end && view.getUint32(at, true) === DIRECTORY_ENTRY) {
    if (at + 46 > end || ++walked > entries) return false;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const localOffset = view.getUint32(at + 42, true);
    if (flags & 0x1 || compressedSize === 0xffffffff || localOffset === 0xffffffff) return false;
    const data = entryData(view, localOffset, compressedSize);
    if (!data) return false;
    const inflated = method === 0 ? data.byteLength : method === 8 ? inflatedSize(data, budget) : -1;
    if (inflated < 0 || inflated > budget) return false;
    budget -= inflated;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return walked === entries && at === end;
}

/** The end-of-directory record: the last 22 bytes, or earlier when the zip carries a comment. */
function findEndOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function entryData(view: DataView, localOffset: number, compressedSize: number): Uint8Array | null {
  if (localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_HEADER) return null;
  const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  if (start + compressedSize > view.byteLength) return null;
  return new Uint8Array(view.buffer, view.byteOffset + start, compressedSize);
}

/** The deflated data's unpacked size, or -1 when it is broken or would pass `cap`. */
function inflatedSize(data: Uint8Array, cap: number): number {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) }).byteLength;
  } catch {
    return -1;
  }
}
