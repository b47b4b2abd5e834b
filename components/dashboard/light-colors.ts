import type { StatusLight } from "@/lib/progress/status-light";

/**
 * Chart fills in the hues of the status badge dots (app/globals.css), a shade darker where the
 * dot's would stand below 3:1 against the chart's white (WCAG 1.4.11; chart-colors.test.ts): the
 * dot is decoration beside the light's name, a bar is the figure. The two greys keep their order —
 * 已撤销, set aside, the lighter — apart from each other by lightness.
 */
export const LIGHT_COLORS: Record<StatusLight, string> = {
  NOT_STARTED: "#475569",
  ON_TRACK: "#16a34a",
  AT_RISK: "#d97706",
  BEHIND: "#ea580c",
  OVERDUE: "#dc2626",
  COMPLETED: "#0284c7",
  VERIFIED: "#4f46e5",
  UNMET: "#7f1d1d",
  WITHDRAWN: "#8892a0",
};
