"use client";

import { CHART_GRID, CHART_FIGURE } from "@/components/charts/chart-colors";
import { Fragment } from "react";
import { ChartFigure } from "@/components/charts/chart-figure";
import { REPORT_LANG } from "@/lib/reports/report-lang";
import { formatPercent } from "@/lib/commitments/format-figures";
import { useMinWidth } from "@/components/ui/use-min-width";
import { sectionAxisLabel } from "./section-axis-label";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface SectionBar {
  /** Axis label: the section code. */
  code: string;
  /** The section as the report names it ("三(一) 扩大有效需求"), in the figures as text. */
  name: string;
  /** Tooltip heading: the title and how many commitments, in the reader's language. */
  heading: string;
  meanPercent: number;
  total: number;
}

/**
 * Mean completion per section of the report, labelled on the axis by the section's name (cut to
 * fit) on a screen from md up and by its code on a phone, by full title in the tooltip;
 * in words, each section's name (the report's, read in its language) and its mean, parted by `separator`.
 */
export function SectionProgressChart({ data, labels }: { data: SectionBar[]; labels: { title: string; meanPercent: string; separator: string } }) {
  const height = Math.max(160, 36 * data.length + 40);
  // "三(四)" alone says nothing to a reader who does not know the report by heart.
  const wide = useMinWidth(768);
  const figures = data.map((s, i) => (
    <Fragment key={i}>
      {i > 0 && labels.separator}
      <span lang={REPORT_LANG}>{s.name}</span> {formatPercent(s.meanPercent)}
    </Fragment>
  ));
  return (
    <ChartFigure label={labels.title} caption={figures} className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} title={labels.title} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={CHART_GRID} horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey={wide ? "name" : "code"}
            width={wide ? 264 : 56}
            tickFormatter={wide ? (name: string) => sectionAxisLabel(name) : undefined}
            tick={{ fontSize: 12 }}
          />
          <Tooltip
            formatter={(value) => [typeof value === "number" ? formatPercent(value) : String(value), labels.meanPercent]}
            labelFormatter={(_code, payload) => {
              const bar = payload?.[0]?.payload as SectionBar | undefined;
              return bar ? bar.heading : "";
            }}
          />
          <Bar dataKey="meanPercent" name={labels.meanPercent} fill={CHART_FIGURE} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
