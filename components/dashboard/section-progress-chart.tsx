"use client";

import { ChartFigure } from "@/components/charts/chart-figure";
import { chartPercent } from "@/lib/progress/chart-percent";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface SectionBar {
  /** Axis label: the section code. */
  code: string;
  /** Tooltip heading: the title and how many commitments, in the reader's language. */
  heading: string;
  meanPercent: number;
  total: number;
}

/** Mean completion per section of the report, labelled by section code on the axis and by full title in the tooltip. */
export function SectionProgressChart({ data, labels }: { data: SectionBar[]; labels: { title: string; meanPercent: string; figures: string } }) {
  const height = Math.max(160, 36 * data.length + 40);
  return (
    <ChartFigure label={labels.title} caption={labels.figures} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} title={labels.title} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="code" width={56} tick={{ fontSize: 12 }} />
          <Tooltip
            formatter={(value) => [typeof value === "number" ? chartPercent(value) : String(value), labels.meanPercent]}
            labelFormatter={(_code, payload) => {
              const bar = payload?.[0]?.payload as SectionBar | undefined;
              return bar ? bar.heading : "";
            }}
          />
          <Bar dataKey="meanPercent" name={labels.meanPercent} fill="#b42318" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
