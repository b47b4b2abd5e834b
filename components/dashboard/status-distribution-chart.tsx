"use client";

import { CHART_GRID } from "@/components/charts/chart-colors";
import { ChartFigure } from "@/components/charts/chart-figure";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { StatusLight } from "@/lib/progress/status-light";
import { LIGHT_COLORS } from "./light-colors";

export interface StatusCount {
  light: StatusLight;
  label: string;
  count: number;
}

/** How many commitments show each status light, one coloured bar per light, named in the UI language. */
export function StatusDistributionChart({ data, labels }: { data: StatusCount[]; labels: { title: string; count: string; figures: string } }) {
  return (
    <ChartFigure label={labels.title} caption={labels.figures} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} title={labels.title} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={CHART_GRID} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={36} />
          <Tooltip formatter={(value) => [String(value), labels.count]} />
          <Bar dataKey="count" name={labels.count} isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.light} fill={LIGHT_COLORS[d.light]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
