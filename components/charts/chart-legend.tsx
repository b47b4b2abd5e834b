"use client";

import type { LegendPayload } from "recharts";

/**
 * A chart's legend: a swatch of each series' colour and its name. Recharts' own names each icon
 * "<series> legend icon" for screen readers, in English whatever the page's language; the
 * swatch here is decoration and the name is read once.
 */
export function ChartLegend({ payload }: { payload?: readonly LegendPayload[] }) {
  return (
    <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-700">
      {(payload ?? []).map((entry) => (
        <li key={entry.value} className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: entry.color }} />
          {entry.value}
        </li>
      ))}
    </ul>
  );
}
