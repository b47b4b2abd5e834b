"use client";

import { CHART_GRID, CHART_FIGURE, CHART_REFERENCE } from "@/components/charts/chart-colors";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "@/components/charts/chart-figure";
import { ChartLegend } from "@/components/charts/chart-legend";
import { formatPercent } from "@/lib/commitments/format-figures";

export interface ProgressChartPoint {
  day: string;
  actual: number | null;
  expected: number | null;
}

const MS_PER_DAY = 86_400_000;
// Days since 1970-01-01 on a linear scale: evenly spaced by time.
const dayOf = (time: number) => new Date(time * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * Approved percent over time against the pace the deadline asks for. The days are placed by
 * time, not one step apart: readings half a year and three years apart are not drawn as equal
 * gaps, and the expected pace — a straight line over the year — stays straight.
 */
export function ProgressChart({ points, labels }: { points: ProgressChartPoint[]; labels: { actual: string; expected: string; title: string; figures: string } }) {
  const data = points.map((p) => ({ ...p, time: Date.parse(p.day) / MS_PER_DAY }));
  return (
    <ChartFigure
      label={labels.title}
      // The figures for those who do not see the lines, punctuated in the reader's language (as the dashboard's).
      caption={labels.figures}
      className="h-56 w-full"
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} title={labels.title} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={CHART_GRID} />
          <XAxis
            dataKey="time"
            type="number"
            scale="linear"
            domain={["dataMin", "dataMax"]}
            // The chart's own days as ticks, those that would overlap left out (the ends are kept).
            ticks={data.map((p) => p.time)}
            interval="preserveStartEnd"
            tickFormatter={dayOf}
            tick={{ fontSize: 11 }}
          />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 11 }} width={44} />
          <Tooltip labelFormatter={(time) => (typeof time === "number" ? dayOf(time) : String(time))} formatter={(v) => (typeof v === "number" ? formatPercent(v) : String(v))} />
          <Legend content={<ChartLegend />} />
          <Line type="monotone" dataKey="expected" name={labels.expected} stroke={CHART_REFERENCE} strokeDasharray="5 5" dot={false} connectNulls />
          <Line type="monotone" dataKey="actual" name={labels.actual} stroke={CHART_FIGURE} strokeWidth={2} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
