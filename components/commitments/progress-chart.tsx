"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ChartLegend } from "@/components/charts/chart-legend";

export interface ProgressChartPoint {
  day: string;
  actual: number | null;
  expected: number | null;
}

/** Approved percent over time against the pace the deadline asks for. */
export function ProgressChart({ points, labels }: { points: ProgressChartPoint[]; labels: { actual: string; expected: string; title: string } }) {
  return (
    <ChartFigure
      label={labels.title}
      // The figures for those who do not see the lines (the dashboard's charts do the same).
      caption={points.map((p) => `${p.day}: ${labels.actual} ${p.actual == null ? "—" : `${p.actual.toFixed(1)}%`}, ${labels.expected} ${p.expected == null ? "—" : `${p.expected.toFixed(1)}%`}`).join("; ")}
      className="h-56 w-full"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} title={labels.title} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 11 }} width={44} />
          <Tooltip formatter={(v) => (typeof v === "number" ? `${v.toFixed(1)}%` : String(v))} />
          <Legend content={<ChartLegend />} />
          <Line type="monotone" dataKey="expected" name={labels.expected} stroke="#94a3b8" strokeDasharray="5 5" dot={false} connectNulls />
          <Line type="monotone" dataKey="actual" name={labels.actual} stroke="#b42318" strokeWidth={2} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
