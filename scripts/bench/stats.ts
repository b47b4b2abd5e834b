// Latency summaries from the raw samples (autocannon reports no p95, so we keep every sample).

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN);
  const sum = sorted.reduce((s, v) => s + v, 0);
  const r = (n: number) => Math.round(n * 10) / 10;
  return { count: sorted.length, p50: r(at(0.5)), p95: r(at(0.95)), p99: r(at(0.99)), mean: r(sum / (sorted.length || 1)), max: r(sorted[sorted.length - 1] ?? NaN) };
}

/** Cycles through a list: each call gives the next item, wrapping at the end. */
export function rotate<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error("nothing to rotate through");
  let i = 0;
  return () => items[i++ % items.length];
}
