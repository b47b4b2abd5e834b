import fs from "node:fs";
import path from "node:path";

/**
 * The port of an embedded PostgreSQL already running on this data folder (a started app), read
 * from its postmaster.pid, so tools like db:backup join it instead of starting a second server.
 */
export function runningEmbeddedPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  try {
    process.kill(pid, 0);
  } catch {
    return null;
  }
  return Number.isInteger(port) && port > 0 ? port : null;
}
