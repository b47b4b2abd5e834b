/** Latest approved percent as a bar; the number is always written beside it. */
export function ProgressBar({ percent, label }: { percent: number | null; label: string }) {
  const width = percent == null ? 0 : Math.max(0, Math.min(100, percent));
  return (
    <div className="flex items-center gap-2" title={label}>
      <div
        className="h-2 w-24 overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent == null ? undefined : Math.round(width)}
        aria-label={label}
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${width}%` }} />
      </div>
      <span className="w-12 text-right text-xs tabular-nums text-slate-600">{percent == null ? "—" : `${Math.round(percent)}%`}</span>
    </div>
  );
}
