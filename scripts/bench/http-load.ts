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
}

export function runHttpLoad(base: string, scenario: HttpScenario, connections: number, duration: number): Promise<HttpResult> {
  const samples: number[] = [];
  const statusCodes: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const request: AutocannonRequest = {
      method: scenario.method ?? "GET",
      setupRequest: (req) => {
        const { path, headers, body } = scenario.next();
        return { ...req, path, headers, body };
      },
    };
    const instance = autocannon(
      { url: base, connections, duration, timeout: 30, requests: [request], verifyBody: scenario.verifyBody },
      (error, result) => {
        if (error) return reject(error);
        const httpErrors = Object.entries(statusCodes).filter(([code]) => Number(code) >= 400).reduce((s, [, n]) => s + n, 0);
        resolve({
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
        });
      },
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      samples.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  });
}
