import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

describe("the migrations and prisma/schema.prisma", () => {
  // What the migrations built (this database) must be what the schema describes, and Prisma's
  // tools must be able to read it: `npm run db:migrate:new` compares the two the same way, and a
  // table the schema lacks would be dropped by the next migration it writes. (A constraint
  // trigger once made Prisma's schema reader fail outright: this catches that too.)
  it("describe the same database", { timeout: 120_000 }, async () => {
    const { stdout } = await run(process.execPath, [path.join(process.cwd(), "scripts/prisma.mjs"), "migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--script"], {
      env: { ...process.env },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(stdout.trim()).toBe("-- This is an empty migration.");
  });
});
