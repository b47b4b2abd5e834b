import { withColon } from "@/lib/i18n/label-punctuation";

/**
 * The records the log is filtered by, as found (a login name may stand for an account and for
 * sign-ins tried under it while no account had it): what the reader asked for is named, so a
 * namesake found instead is seen.
 */
export function AuditSubjectsMatched({ label, items, separator }: { label: string; items: { kind: string; name: string; lang?: string }[]; separator: string }) {
  return (
    <p role="status" className="mb-2 text-sm text-slate-700" data-testid="audit-subjects-matched">
      {withColon(label)}
      {items.map((item, i) => (
        <span key={i}>
          {i > 0 && separator}
          {item.kind} <span lang={item.lang}>{item.name}</span>
        </span>
      ))}
    </p>
  );
}
