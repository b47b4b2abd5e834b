import { formatPercent } from "@/lib/commitments/format-figures";

/** Latest approved percent as a bar; the number is always written beside it (styles: app/globals.css). */
export function ProgressBar({ percent, label }: { percent: number | null; label: string }) {
  const width = percent == null ? 0 : Math.max(0, Math.min(100, percent));
  return (
    <div className="progress" title={label}>
      <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent == null ? undefined : width} aria-label={label}>
        <div className="progress-fill" style={{ width: `${width}%` }} />
      </div>
      <span className="progress-figure">{percent == null ? "—" : formatPercent(percent)}</span>
    </div>
  );
}
