#!/usr/bin/env node
// Copied from ../shared/tools and patched (whole-script execution, see runWholeScripts).
// EXPERIMENTAL offline replacement for Prisma 7's native `schema-engine` binary (which the CLI
// downloads from binaries.prisma.sh). It speaks the binary's stdio protocol (line-delimited
// JSON-RPC on stdin/stdout, JSON log lines on stderr, `cli <command>` sub-commands) and runs the
// WebAssembly schema engine from npm (@prisma/schema-engine-wasm) over @prisma/adapter-pg.
// Use: PRISMA_SCHEMA_ENGINE_BINARY=./scripts/schema-engine-shim.mjs npx prisma migrate dev
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const WASM_PKG = "@prisma/schema-engine-wasm";
const bgPath = require.resolve(`${WASM_PKG}/schema_engine_bg`);
const wasmPkgJson = JSON.parse(fs.readFileSync(path.join(path.dirname(bgPath), "package.json"), "utf8"));
const log = (level, message, extra = {}) =>
  process.stderr.write(JSON.stringify({ level, fields: { message, ...extra }, target: "schema_engine::logger" }) + "\n");

// ---- argument parsing (same flags as the native binary) ----
const argv = process.argv.slice(2);
if (argv.includes("--version") || argv.includes("-V")) {
  process.stdout.write(`schema-engine-wasm-shim ${wasmPkgJson.version}\n`);
  process.exit(0);
}
const datamodelPaths = [];
let datasource = {};
let cliCommand = null;
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === "--datamodels") datamodelPaths.push(argv[++i]);
  else if (a === "--datasource") datasource = JSON.parse(argv[++i]);
  else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
  else if (a === "cli") cliCommand = argv[++i];
}
const url = datasource.url ?? process.env.DATABASE_URL;
const shadowUrl = datasource.shadowDatabaseUrl ?? process.env.SHADOW_DATABASE_URL;

function pgConfig(connectionString, database) {
  const u = new URL(connectionString);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.slice(1) || "postgres"),
    allowExitOnIdle: true,
  };
}

// ---- `schema-engine cli <command>` (used by migrate dev / db push to create the database) ----
if (cliCommand) {
  const dbName = pgConfig(url).database;
  try {
    if (cliCommand === "can-connect-to-database") {
      const c = new pg.Client(pgConfig(url));
      await c.connect();
      await c.end();
    } else if (cliCommand === "create-database" || cliCommand === "drop-database") {
      const c = new pg.Client(pgConfig(url, "postgres"));
      await c.connect();
      const q = cliCommand === "create-database" ? "CREATE DATABASE" : "DROP DATABASE";
      await c.query(`${q} "${dbName.replaceAll('"', '""')}"`);
      await c.end();
    } else throw new Error(`unsupported cli command ${cliCommand}`);
    process.stdout.write(`${cliCommand} ok\n`);
    process.exit(0);
  } catch (e) {
    const code = e.code === "3D000" ? "P1003" : e.code === "ECONNREFUSED" ? "P1001" : e.code === "28P01" ? "P1000" : "P1001";
    process.stderr.write("starting\n");
    log("ERROR", e.message, { error_code: code });
    process.exit(1);
  }
}

// adapter-pg cannot map the `"char"` (oid 18) / `name` (19) columns that the schema engine reads
// from pg_catalog (prisma/orm#27403) -> report them as text (25).
const Result = require("pg/lib/result.js");
const origAddFields = Result.prototype.addFields;
Result.prototype.addFields = function (fields) {
  for (const f of fields) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25;
  return origAddFields.call(this, fields);
};

process.on("uncaughtException", (e) => {
  log("ERROR", `schema-engine-wasm panic: ${globalThis.PRISMA_WASM_PANIC_REGISTRY?.message || e.message}`);
  process.exit(101);
});

// ---- load the WASM schema engine ----
const bg = await import(bgPath);
const wasmFile = path.join(path.dirname(bgPath), "schema_engine_bg.wasm");
const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmFile)), { "./schema_engine_bg.js": bg });
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start();
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { message: "", set_message(m) { this.message = `RuntimeError: ${m}`; } };

// Driver adapter with a working shadow database (adapter-pg's own connectToShadowDb lets a
// connectionString override the shadow database name and drops the DB before closing its pool).
// adapter-pg's executeScript splits a migration on every ";", which breaks dollar-quoted
// function bodies (our audit trigger). PostgreSQL's simple query protocol runs a whole script
// in one round trip, as the native engine does, so send it unsplit.
const runWholeScripts = (adapter) => {
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
};
const factory = new PrismaPg(pgConfig(url));
const connectMain = factory.connect.bind(factory);
factory.connect = async () => runWholeScripts(await connectMain());
factory.connectToShadowDb = async () => {
  if (shadowUrl) {
    const shadow = runWholeScripts(await new PrismaPg(pgConfig(shadowUrl)).connect());
    await shadow.executeScript('DROP SCHEMA IF EXISTS "public" CASCADE; CREATE SCHEMA "public";');
    return shadow;
  }
  const main = await factory.connect();
  const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
  await main.executeScript(`CREATE DATABASE "${database}"`);
  const shadow = runWholeScripts(await new PrismaPg(pgConfig(url, database)).connect());
  const disposeShadow = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await disposeShadow();
    await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
    await main.dispose();
  };
  return shadow;
};
const adapter = bindMigrationAwareSqlAdapterFactory(factory);
const datamodels = datamodelPaths.map((p) => [p, fs.readFileSync(p, "utf8")]);
// The CLI starts the engine without --datamodels for `migrate diff` / `db execute`; the WASM engine
// panics without one, so give it a bare postgres datasource.
if (datamodels.length === 0) datamodels.push(["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']);
const newEngine = () => bg.SchemaEngine.new({ datamodels }, (line) => process.stderr.write(line + "\n"), adapter);
let engine = await newEngine();

// ---- JSON-RPC loop ----
const METHOD_MAP = { getDatabaseVersion: "version" };
let nextOwnId = 1_000_000;
const pendingOwn = new Map();
const send = (msg) => process.stdout.write(JSON.stringify(msg) + "\n");
const requestCli = (method, params) =>
  new Promise((resolve) => {
    const id = nextOwnId++;
    pendingOwn.set(id, resolve);
    send({ jsonrpc: "2.0", id, method, params });
  });

async function handle(req) {
  const method = METHOD_MAP[req.method] ?? req.method;
  try {
    if (typeof engine[method] !== "function") throw Object.assign(new Error(`Method ${req.method} is not supported by the WASM schema engine shim`), { code: "P1012" });
    let result = await engine[method](req.params ?? undefined);
    if (result === undefined) result = null;
    // After applyMigrations has applied something, the WASM engine loses its shadow-DB factory
    // ("PostgreSQL shadow DB must be provided through an external factory" in the next
    // evaluateDataLoss), so start a fresh engine instance.
    if (req.method === "applyMigrations" && result?.appliedMigrationNames?.length) {
      try { engine.free(); } catch {}
      engine = await newEngine();
    }
    if (req.method === "diff" && result && typeof result.stdout === "string") {
      const { stdout, ...rest } = result;
      if (stdout) await requestCli("print", { content: stdout.replace(/\n$/, "") });
      result = rest;
    }
    if (req.method === "getDatabaseVersion" && typeof result !== "string") result = String(result);
    send({ jsonrpc: "2.0", id: req.id, result });
  } catch (e) {
    const isPanic = e instanceof WebAssembly.RuntimeError || e?.name === "RuntimeError";
    const message = isPanic ? globalThis.PRISMA_WASM_PANIC_REGISTRY?.message || e.message : e.message;
    log("ERROR", message, e.code ? { error_code: e.code } : {});
    send({
      jsonrpc: "2.0",
      id: req.id,
      error: {
        code: 4466,
        message: "An error happened. Check the data field for details.",
        data: { is_panic: isPanic, message, error_code: e.code, meta: e.meta ?? null, backtrace: e.stack },
      },
    });
  }
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const inflight = new Set();
rl.on("line", (line) => {
  if (!line.trim()) return;
  const msg = JSON.parse(line);
  if (msg.method === undefined && pendingOwn.has(msg.id)) {
    pendingOwn.get(msg.id)(msg.result);
    pendingOwn.delete(msg.id);
    return;
  }
  const p = handle(msg).finally(() => inflight.delete(p));
  inflight.add(p);
});
rl.on("close", async () => {
  await Promise.allSettled([...inflight]);
  try { engine.free(); } catch {}
  process.exit(0);
});
