/**
 * A percent in whole numbers that never reads as done when it is not: 99.67 is 99, not the 100
 * of a met target (percent-complete.ts keeps an unmet figure below 100 for that reason).
 */
export const wholePercent = (percent: number) => (percent >= 100 ? Math.round(percent) : Math.trunc(percent));

/** Latest approved percent as a bar; the number is always written beside it (styles: app/globals.css). */
export function ProgressBar({ percent, label }: { percent: number | null; label: string }) {
  const width = percent == null ? 0 : Math.max(0, Math.min(100, percent));
  return (
    <div className="progress" title={label}>
      <div className="progress-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent == null ? undefined : wholePercent(width)} aria-label={label}>
        <div className="progress-fill" style={{ width: `${width}%` }} />
      </div>
      <span className="progress-figure">{percent == null ? "—" : `${wholePercent(percent)}%`}</span>
    </div>
  );
}
