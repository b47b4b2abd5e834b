import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { migrateDatabase } from "@/lib/database/migrate";

/**
 * Runs a script of tests/integration/children in a database of its own, freshly migrated, and
 * gives back the JSON its last line printed. For rules about "the last one" (admin, reviewer):
 * in the shared database other tests' users are always there. Dropped afterwards, whatever happens.
 */
export async function runChildInOwnDatabase<Output>(prefix: string, script: string): Promise<Output> {
  const url = new URL(process.env.DATABASE_URL!);
  const name = `${prefix}_${Date.now()}_${process.pid}`;
  const server = new Client({ connectionString: Object.assign(new URL(url), { pathname: "/postgres" }).toString() });
  await server.connect();
  await server.query(`CREATE DATABASE "${name}"`);
  try {
    const own = Object.assign(new URL(url), { pathname: `/${name}` }).toString();
    migrateDatabase(process.cwd(), own);
    const { stdout } = await promisify(execFile)(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", `tests/integration/children/${script}`], {
      env: { ...process.env, DATABASE_URL: own, DUBAN_CACHE: "off" },
    });
    return JSON.parse(stdout.trim().split("\n").at(-1)!) as Output;
  } finally {
    await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await server.end();
  }
}
