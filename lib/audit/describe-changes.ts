/** The fields whose values differ between an audit event's before and after, as display text. */
export function describeChanges(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => f !== "version");
  return fields
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }))
    .filter((c) => c.before !== c.after);
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(show).join("、") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
