"use client";

import { CHART_GRID } from "@/components/charts/chart-colors";
import { ChartFigure } from "@/components/charts/chart-figure";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Text, Tooltip, XAxis, YAxis, type XAxisTickContentProps } from "recharts";
import type { StatusLight } from "@/lib/progress/status-light";
import { LIGHT_COLORS } from "./light-colors";

export interface StatusCount {
  light: StatusLight;
  label: string;
  count: number;
}

/**
 * A bar's name under it, wrapped at the spaces within its share of the axis: "Closed as not
 * delivered" whole on two lines, not cut off at the chart's edge. A Chinese name has no spaces
 * and is short ("未完成办结"): one line, as before.
 */
function BarName({ x, y, width, visibleTicksCount, textAnchor, verticalAnchor, fill, payload }: XAxisTickContentProps) {
  const share = Number(width) / Math.max(visibleTicksCount, 1);
  return (
    <Text x={x} y={y} width={Math.max(share - 6, 40)} textAnchor={textAnchor} verticalAnchor={verticalAnchor} fill={fill} fontSize={12}>
      {String(payload.value)}
    </Text>
  );
}

/** How many commitments show each status light, one coloured bar per light, named in the UI language. */
export function StatusDistributionChart({ data, labels }: { data: StatusCount[]; labels: { title: string; count: string; figures: string } }) {
  return (
    <ChartFigure label={labels.title} caption={labels.figures} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} title={labels.title} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={CHART_GRID} vertical={false} />
          {/* Room for a name of three lines ("Closed as / not / delivered" on a phone). */}
          <XAxis dataKey="label" tick={BarName} interval={0} height={52} />
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
