// One HTTP scenario under load with autocannon: N connections for D seconds against the running
// server. Every response time is kept to compute p50/p95/p99 exactly; statuses ≥ 400, socket
// errors, timeouts and bodies the scenario refuses (verifyBody) count as errors.
import autocannon, { type AutocannonRequest } from "autocannon";
import { summarise, type LatencySummary } from "./stats";

export interface HttpScenario {
  name: string;
  method?: "GET" | "POST";
  /** Gives each request its path, headers and body (rotating ids, sessions). */
  next: () => { path: string; headers: Record<string, string>; body?: Buffer };
  verifyBody?: (body: string) => boolean;
  /** Writes sent at a steady rate while the load runs (reads measured while others commit). */
  background?: BackgroundWrites;
}

export interface BackgroundWrites {
  perSecond: number;
  /** One write; resolves true when it succeeded. */
  send: () => Promise<boolean>;
}

export interface BackgroundResult {
  perSecond: number;
  sent: number;
  failed: number;
}

export interface HttpResult {
  name: string;
  latency: LatencySummary;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  statusCodes: Record<string, number>;
  socketErrors: number;
  timeouts: number;
  mismatches: number;
  throughputMBps: number;
  /** Share of answers the server sent from a kept page (`x-duban-cache: hit`, scripts/response-cache/). */
  reused: number;
  background?: BackgroundResult;
}

/** Starts `writes` at a fixed pace (each in flight on its own); stop() waits for the last ones. */
function startBackground(writes: BackgroundWrites): { stop: () => Promise<BackgroundResult> } {
  const inFlight = new Set<Promise<void>>();
  const result: BackgroundResult = { perSecond: writes.perSecond, sent: 0, failed: 0 };
  const timer = setInterval(() => {
    result.sent++;
    const write = writes.send().then(
      (ok) => void (ok || result.failed++),
      () => void result.failed++,
    );
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write));
  }, 1000 / writes.perSecond);
  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all(inFlight);
      return result;
    },
  };
}

export function runHttpLoad(base: string, scenario: HttpScenario, connections: number, duration: number): Promise<HttpResult> {
  const samples: number[] = [];
  const statusCodes: Record<string, number> = {};
  let reused = 0;
  let answered = 0;
  let background: ReturnType<typeof startBackground> | null = null;
  let finished = false;
  // Errors say why: the end of the first answer the scenario refused is printed (an action's message).
  let firstRefused: string | null = null;
  const verifyBody = scenario.verifyBody
    ? (body: string) => {
        const ok = scenario.verifyBody!(body);
        if (!ok && firstRefused === null) firstRefused = body.slice(-600);
        return ok;
      }
    : undefined;
  return new Promise<HttpResult>((resolve, reject) => {
    const request: AutocannonRequest = {
      method: scenario.method ?? "GET",
      setupRequest: (req) => {
        const { path, headers, body } = scenario.next();
        return { ...req, path, headers, body };
      },
      onResponse: (_status, _body, _context, headers) => {
        answered++;
        if (headers["x-duban-cache"] === "hit") reused++;
      },
    };
    const instance = autocannon(
      { url: base, connections, duration, timeout: 30, requests: [request], verifyBody },
      (error, result) => {
        finished = true;
        if (firstRefused !== null) console.error(`[bench] ${scenario.name}: ${result.mismatches} answers refused; the first ends: ${firstRefused}`);
        const stopped = background ? background.stop() : Promise.resolve(undefined);
        if (error) return void stopped.finally(() => reject(error));
        const httpErrors = Object.entries(statusCodes).filter(([code]) => Number(code) >= 400).reduce((s, [, n]) => s + n, 0);
        const done = (bg: BackgroundResult | undefined) => resolve({
          name: scenario.name,
          latency: summarise(samples),
          requestsPerSecond: Math.round((samples.length / result.duration) * 10) / 10,
          requests: samples.length,
          errors: httpErrors + result.errors + result.mismatches,
          statusCodes,
          socketErrors: result.errors,
          timeouts: result.timeouts,
          mismatches: result.mismatches,
          throughputMBps: Math.round((result.throughput.average / 1e6) * 100) / 100,
          reused: answered ? reused / answered : 0,
          ...(bg ? { background: bg } : {}),
        });
        void stopped.then(done, reject);
      },
    );
    // Started once the load runs: autocannon reports bad options through the callback, at once,
    // and a timer started after that would keep posting after the server is gone.
    if (scenario.background && !finished) background = startBackground(scenario.background);
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      samples.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  });
}
