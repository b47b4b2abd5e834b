#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma 7 downloads its native schema-engine binary from Prisma's
// own host, which closed networks (and government intranets) cannot reach; we point it at the
// WebAssembly build of the same engine shipped on npm (scripts/schema-engine-wasm.mjs).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts", "schema-engine-wasm.mjs"),
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env, cwd: root });
process.exit(result.status ?? 1);
