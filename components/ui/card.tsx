export function Card({ children, className, testId }: { children: React.ReactNode; className?: string; testId?: string }) {
  const base = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm";
  return (
    <section data-testid={testId} className={className ? `${base} ${className}` : base}>
      {children}
    </section>
  );
}
