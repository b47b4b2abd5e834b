import type { Writable } from "node:stream";

/**
 * Resolves once `stream` wants more data, or is gone: the export writes the next batch only
 * when the client has taken the previous one, so a slow download never piles rows up in memory.
 */
export function waitForDrain(stream: Writable): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off("drain", done);
      stream.off("close", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
  });
}
