/** Label / value pairs, e.g. the target, deadline and owners of a commitment. */
export function FactList({ facts }: { facts: { label: string; value: React.ReactNode; testId?: string; lang?: string }[] }) {
  return (
    <dl className="grid grid-cols-[8rem_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
      {facts.map((f) => (
        <div key={f.label} className="contents">
          <dt className="text-slate-500">{f.label}</dt>
          <dd data-testid={f.testId} lang={f.lang}>
            {f.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
