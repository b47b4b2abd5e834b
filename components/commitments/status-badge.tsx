import type { StatusLight } from "@/lib/progress/status-light";

const STYLE: Record<StatusLight, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-700 ring-slate-300",
  ON_TRACK: "bg-green-50 text-green-800 ring-green-300",
  AT_RISK: "bg-amber-50 text-amber-800 ring-amber-300",
  BEHIND: "bg-orange-50 text-orange-800 ring-orange-300",
  OVERDUE: "bg-red-50 text-red-800 ring-red-300",
  COMPLETED: "bg-sky-50 text-sky-800 ring-sky-300",
  VERIFIED: "bg-indigo-50 text-indigo-800 ring-indigo-300",
  WITHDRAWN: "bg-slate-50 text-slate-500 ring-slate-200",
};

const DOT: Record<StatusLight, string> = {
  NOT_STARTED: "bg-slate-400",
  ON_TRACK: "bg-green-500",
  AT_RISK: "bg-amber-500",
  BEHIND: "bg-orange-500",
  OVERDUE: "bg-red-600",
  COMPLETED: "bg-sky-500",
  VERIFIED: "bg-indigo-600",
  WITHDRAWN: "bg-slate-300",
};

/** The status light: a coloured dot plus its name, so colour is never the only signal. */
export function StatusBadge({ light, label }: { light: StatusLight; label: string }) {
  return (
    <span data-light={light} className={`inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs ring-1 ${STYLE[light]}`}>
      <span aria-hidden className={`h-2 w-2 rounded-full ${DOT[light]}`} />
      {label}
    </span>
  );
}
