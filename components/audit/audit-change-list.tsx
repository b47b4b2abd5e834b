/** An audit event's changes, field by field: before struck through → after. Text, never HTML. */
export function AuditChangeList({ changes, colon }: { changes: { field: string; label: string; before: string | null; after: string; lang?: string }[]; colon: string }) {
  if (changes.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-slate-600">
      {changes.map((c) => (
        <li key={c.field} className="break-words">
          <span className="text-slate-500">
            {c.label}
            {colon}
          </span>
          {c.before === null ? (
            <span lang={c.lang}>{c.after}</span>
          ) : (
            <>
              <del lang={c.lang} className="text-red-700">{c.before}</del> → <ins lang={c.lang} className="text-green-800 no-underline">{c.after}</ins>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
