/**
 * The colours the charts draw with, on the white of the cards they stand on. Every line, bar and
 * slice that carries a figure stands at 3:1 against it at least (WCAG 1.4.11, graphical objects;
 * chart-colors.test.ts measures each); the grid is decoration, left light on purpose.
 */
export const CHART_BACKGROUND = "#ffffff";
export const CHART_GRID = "#e2e8f0";
/** The figure a chart is about (the progress made, the mean completion): the brand's red. */
export const CHART_FIGURE = "#b42318";
/**
 * What that figure is read against (the expected pace, dashed; the approved readings a month,
 * as bars): a grey, apart from the red by hue and lightness. slate-500; slate-400 was 2.6:1.
 */
export const CHART_REFERENCE = "#64748b";
