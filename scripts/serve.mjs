#!/usr/bin/env node
// The production server on every core (`npm run serve`, used by `npm run start:local`). One
// Next.js process saturates one core while PostgreSQL waits (docs/performance.md), so the primary
// forks one worker per core; the workers share the listening socket (node:cluster) and a crashed
// worker is replaced. Each worker answers a signed-in page asked for again at an unchanged
// database snapshot from memory (scripts/response-cache/). Plain JavaScript: it must run where
// only the build and node_modules are.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import next from "next";
import { forwardedClient, trustedProxies } from "./client-address/forwarded-client.mjs";
import { withResponseCache } from "./response-cache/with-response-cache.mjs";

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=")));
const port = Number(args.get("port") ?? process.env.PORT ?? 3000);
const hostname = args.get("hostname") ?? process.env.HOSTNAME ?? "0.0.0.0";
const dir = path.resolve(args.get("dir") ?? process.cwd());
const workers = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? os.availableParallelism()));

if (cluster.isPrimary) {
  let stopping = false;
  // --expose-gc: an export ends with a full collection (lib/exports/collect-garbage.ts), so
  // export after export a worker does not keep their garbage until V8 grows its heap.
  cluster.setupPrimary({ execArgv: [...process.execArgv, "--expose-gc"] });
  // Two malloc arenas per worker instead of glibc's eight per core: zlib (exports, evidence
  // uploads) runs on libuv's threads, each of which would otherwise keep an arena of its own that
  // is never handed back. A 10,000-row xlsx export peaked 12–20 MB lower in paired runs, no slower
  // (docs/performance.md, thirteenth round). Read by glibc when a process starts, so set for the
  // workers here; an operator's own MALLOC_ARENA_MAX wins.
  const workerEnv = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };
  for (let i = 0; i < workers; i++) cluster.fork(workerEnv);
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[serve] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork(workerEnv);
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
  console.log(`[serve] ${workers} workers on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
} else {
  // The header set below is what the socket says: the app may trust it (lib/auth/client-address.ts).
  // A mark on this process, not an environment variable: a line in .env cannot set it.
  globalThis[Symbol.for("duban.clientAddressFromSocket")] = true;
  const app = next({ dev: false, dir, hostname, port });
  await app.prepare();
  const handle = withResponseCache(app.getRequestHandler());
  const proxies = trustedProxies(process.env.DUBAN_TRUSTED_PROXIES);
  const server = http.createServer((req, res) => {
    // Where the request came from, for the login throttle (lib/auth/client-address.ts): the
    // socket's address, or behind a reverse proxy the operator trusts, the address that proxy
    // saw. Set here, so a client cannot choose it.
    req.headers["x-duban-client-address"] = forwardedClient(req.socket.remoteAddress, req.headers["x-forwarded-for"], proxies);
    handle(req, res);
  });
  // A client or reverse proxy reusing a kept-alive socket just as the server closes it gets a
  // reset (ECONNRESET): Node closes idle sockets after 5 s, less than a proxy keeps them (nginx's
  // upstream keepalive_timeout is 60 s) or than a page's requests may sit apart on a busy host.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname);
}

