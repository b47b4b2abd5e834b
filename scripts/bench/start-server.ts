// The production server for the bench: `next build` when the build is missing or older than the
// sources, then the production server (scripts/serve.mjs: one worker per core) on a free loopback port. The server runs in its own process group
// so stopServer() (also called on Ctrl-C) takes down next and anything it forked.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// What `next build` needs; tests/ and e2e/ stay out, so another engineer's unfinished test file
// cannot fail the build's type check.
const SOURCES = ["app", "lib", "components", "public", "types", "proxy.ts", "instrumentation.ts", "next.config.ts", "tsconfig.json", "package.json", "postcss.config.mjs", "next-env.d.ts"];

function newestMtime(entry: string, depth = 0): number {
  if (depth > 12 || !fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, name), depth + 1));
  return newest;
}

/** The bench builds and serves a snapshot of the sources, never the shared tree's .next. */
export function buildDir(root: string): string {
  return path.join(root, "bench", "results", "app-build");
}

export function buildIsStale(root: string): boolean {
  const id = path.join(buildDir(root), ".next", "BUILD_ID");
  if (!fs.existsSync(id)) return true;
  const built = fs.statSync(id).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

/**
 * Copies the sources into bench/results/app-build and runs `next build` there. Other engineers
 * keep working (and running `npm test`, which rebuilds .next) in the same tree: a snapshot means
 * the bench neither clobbers their build nor serves half of a change. Modules resolve upwards to
 * the repository's node_modules; turbopack.root is widened so Turbopack may read them.
 */
export function buildApp(root: string, env: NodeJS.ProcessEnv, log: (m: string) => void): number {
  const started = Date.now();
  const dir = buildDir(root);
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(dir)) if (entry !== ".next") fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  for (const s of SOURCES) if (fs.existsSync(path.join(root, s))) fs.cpSync(path.join(root, s), path.join(dir, s === "next.config.ts" ? "next.config.base.ts" : s), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "next.config.ts"),
    `// Written by scripts/bench/start-server.ts: the app's config, with Turbopack allowed to read the repository root.\n` +
      `import type { NextConfig } from "next";\nimport base from "./next.config.base";\n` +
      `const config: NextConfig = { ...base, turbopack: { ...base.turbopack, root: ${JSON.stringify(root)} } };\nexport default config;\n`,
  );
  log(`next build (snapshot of the sources in ${path.relative(root, dir)})`);
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: dir, env, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return (Date.now() - started) / 1000;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  base: string;
  pid: number;
  child: ChildProcess;
  env: NodeJS.ProcessEnv;
  stderr: string[];
}

let running: RunningServer | null = null;

/** What a production server of the bench runs with: a fresh session secret per start. */
export function serverEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
  };
}

/** Waits up to 60 s for /login to answer 200; fails at once when the process has exited. */
export async function waitUntilAnswering(base: string, child: ChildProcess, output: () => string = () => ""): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before answering: ${output()}`);
    if (await fetch(`${base}/login`).then((r) => r.status === 200, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not answer /login within 60 s");
}

export async function startServer(root: string, databaseUrl: string, log: (m: string) => void): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = serverEnv(databaseUrl, port);
  // The same server as production: scripts/serve.mjs, one worker per core.
  const child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), `--port=${port}`, "--hostname=127.0.0.1", `--dir=${buildDir(root)}`], {
    cwd: buildDir(root),
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: string[] = [];
  child.stdout?.on("data", () => {});
  // Keep the last lines the server logged: they explain failed requests in the report.
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr.push(chunk.toString());
    if (stderr.length > 200) stderr.shift();
  });
  const server: RunningServer = { base, pid: child.pid ?? 0, child, env, stderr };
  running = server;
  await waitUntilAnswering(base, child, () => stderr.join(""));
  log(`next start on ${base} (pid ${child.pid})`);
  return server;
}

/** Stops the server's whole process group; safe to call twice and from signal handlers. */
export function stopServer(): void {
  if (!running) return;
  const { pid, child } = running;
  running = null;
  if (child.exitCode !== null || !pid) return;
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    spawnSync("sleep", ["0.1"]);
  }
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** The server process and its descendants (next may fork workers), from /proc. */
export function processTree(rootPid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // exited meanwhile
    }
  }
  const tree = [rootPid];
  for (let i = 0; i < tree.length && i < 1000; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

/** A field of /proc/<pid>/status in kB (VmRSS, VmHWM), 0 when unreadable. */
export function procStatusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
