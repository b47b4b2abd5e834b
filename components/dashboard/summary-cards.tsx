export interface SummaryCard {
  key: string;
  label: string;
  value: string;
  hint?: string;
  tone?: "default" | "good" | "bad" | "warn";
}

const TONE = { default: "text-slate-900", good: "text-sky-700", bad: "text-red-700", warn: "text-amber-700" } as const;

/** The headline figures of the dashboard. */
export function SummaryCards({ cards }: { cards: SummaryCard[] }) {
  // One row on a wide screen, however many cards (the closed-unmet one comes at the year's end).
  return (
    <dl className="grid gap-3 sm:grid-cols-3 lg:auto-cols-fr lg:grid-flow-col lg:grid-cols-none" data-testid="dashboard-summary">
      {cards.map((c) => (
        <div key={c.key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-slate-500">{c.label}</dt>
          <dd className={`mt-1 text-2xl font-semibold ${TONE[c.tone ?? "default"]}`} data-card={c.key}>
            {c.value}
          </dd>
          {c.hint && <dd className="mt-1 text-xs text-slate-500">{c.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
