/**
 * A percent as a chart's tooltip and text alternative say it: to two decimals as the app keeps
 * percents, and never rounded up to 100 — 99.996 of a target is not met, and the page beside the
 * chart says 99.99% (percent-complete.ts keeps unmet figures below 100 the same way).
 */
export function chartPercent(value: number): string {
  const shown = Number(value.toFixed(2));
  return `${shown >= 100 && value < 100 ? 99.99 : shown}%`;
}
