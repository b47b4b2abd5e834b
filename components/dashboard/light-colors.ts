import type { StatusLight } from "@/lib/progress/status-light";

/** Chart fills matching the status badge dots (components/commitments/status-badge.tsx). */
export const LIGHT_COLORS: Record<StatusLight, string> = {
  NOT_STARTED: "#94a3b8",
  ON_TRACK: "#22c55e",
  AT_RISK: "#f59e0b",
  BEHIND: "#f97316",
  OVERDUE: "#dc2626",
  COMPLETED: "#0ea5e9",
  VERIFIED: "#4f46e5",
  UNMET: "#7f1d1d",
  WITHDRAWN: "#cbd5e1",
};
