const STYLE = {
  SUBMITTED: "bg-amber-50 text-amber-800 ring-amber-300",
  APPROVED: "bg-green-50 text-green-800 ring-green-300",
  RETURNED: "bg-red-50 text-red-800 ring-red-300",
} as const;

/** The review state of an update, written out (colour is never the only signal). */
export function UpdateStateBadge({ state, label }: { state: keyof typeof STYLE; label: string }) {
  return (
    <span data-state={state} className={`inline-flex rounded-full px-2 py-0.5 text-xs ring-1 ${STYLE[state]}`}>
      {label}
    </span>
  );
}
