import type { StatusLight } from "@/lib/progress/status-light";

/**
 * The status light: a coloured dot plus its name, so colour is never the only signal. Its
 * colours hang on `data-light` in app/globals.css (.status-badge), not on classes per use.
 */
export function StatusBadge({ light, label }: { light: StatusLight; label: string }) {
  return (
    <span data-light={light} className="status-badge">
      {label}
    </span>
  );
}
