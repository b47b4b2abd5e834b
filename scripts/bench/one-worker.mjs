#!/usr/bin/env node
// One Next.js worker of the bench's build, for `npm run bench:profile`: the production handler
// as scripts/serve.mjs runs it, without the cluster, plus a way to end the process cleanly so
// `--cpu-prof` writes its profile (it does so only on a normal exit). Loopback only; the exit
// path answers only to the token the profiler passes in the environment.
import http from "node:http";
import next from "next";
import { withResponseCache } from "../response-cache/with-response-cache.mjs";

const [dir, port] = [process.argv[2], Number(process.argv[3])];
const token = process.env.BENCH_EXIT_TOKEN;
const app = next({ dev: false, dir, hostname: "127.0.0.1", port });
await app.prepare();
const handle = withResponseCache(app.getRequestHandler());
http
  .createServer((req, res) => {
    if (token && req.url === `/__bench_exit?token=${token}`) {
      res.end("bye");
      setTimeout(() => process.exit(0), 50);
      return;
    }
    void handle(req, res);
  })
  .listen(port, "127.0.0.1");
