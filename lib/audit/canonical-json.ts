/**
 * JSON with object keys sorted, so the same value always gives the same text: PostgreSQL's
 * jsonb does not keep key order, and the audit hash must survive a round trip through it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(toJsonValue(value)));
}

/** What JSON.stringify would store (Decimal → string, Date → ISO, undefined dropped). */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value, bigintSafe));
}

function bigintSafe(_key: string, v: unknown): unknown {
  return typeof v === "bigint" ? v.toString() : v;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
