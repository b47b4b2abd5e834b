"use client";

import { CHART_GRID, CHART_FIGURE, CHART_REFERENCE } from "@/components/charts/chart-colors";
import { ChartFigure } from "@/components/charts/chart-figure";
import { formatPercent } from "@/lib/commitments/format-figures";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartLegend } from "@/components/charts/chart-legend";

export interface TrendDatum {
  month: string;
  approved: number;
  meanPercent: number | null;
}

/** Approved updates per month (bars, left axis) and mean completion over time (line, right axis). */
export function TrendChart({ data, labels }: { data: TrendDatum[]; labels: { title: string; approved: string; meanPercent: string; figures: string } }) {
  return (
    <ChartFigure label={labels.title} caption={labels.figures} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} title={labels.title} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={CHART_GRID} />
          <XAxis dataKey="month" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 11 }} width={36} />
          <YAxis yAxisId="percent" orientation="right" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 11 }} width={44} />
          <Tooltip formatter={(value, name) => (name === labels.meanPercent && typeof value === "number" ? formatPercent(value) : String(value))} />
          <Legend content={<ChartLegend />} />
          <Bar yAxisId="count" dataKey="approved" name={labels.approved} fill={CHART_REFERENCE} isAnimationActive={false} />
          <Line yAxisId="percent" type="monotone" dataKey="meanPercent" name={labels.meanPercent} stroke={CHART_FIGURE} strokeWidth={2} connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
