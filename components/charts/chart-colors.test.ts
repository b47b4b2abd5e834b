import { describe, expect, it } from "vitest";
import { LIGHT_COLORS } from "@/components/dashboard/light-colors";
import { CHART_BACKGROUND, CHART_FIGURE, CHART_REFERENCE } from "./chart-colors";

/** WCAG 2 relative luminance of a "#rrggbb" colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe("the charts' colours", () => {
  it("are measured as WCAG measures them (white on black is 21:1; slate-400, drawn before, 2.56:1)", () => {
    expect(contrast("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrast("#94a3b8", "#ffffff")).toBeCloseTo(2.56, 2);
  });

  const colours: [string, string][] = [
    ...Object.entries(LIGHT_COLORS).map(([light, colour]): [string, string] => [`the ${light} bar`, colour]),
    ["the figure's line and bars", CHART_FIGURE],
    ["the expected pace and the approved readings' bars", CHART_REFERENCE],
  ];
  it.each(colours)("stand at 3:1 at least against the chart's background: %s (%s)", (_what, colour) => {
    expect(contrast(colour, CHART_BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it("tell every status light apart, the two greys by lightness, and the reference from the figure", () => {
    expect(new Set(Object.values(LIGHT_COLORS)).size).toBe(Object.keys(LIGHT_COLORS).length);
    expect(contrast(LIGHT_COLORS.NOT_STARTED, LIGHT_COLORS.WITHDRAWN)).toBeGreaterThanOrEqual(2);
    expect(CHART_REFERENCE).not.toBe(CHART_FIGURE);
  });
});
