/**
 * JSON with object keys sorted, so the same value always gives the same text: PostgreSQL's
 * jsonb does not keep key order, and the audit hash must survive a round trip through it.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(toJsonValue(value)));
}

/**
 * What JSON.stringify would store (Decimal → string, Date → ISO, undefined dropped), with text
 * as PostgreSQL keeps it: a lone surrogate (half of a character, as a hostile form can send) is
 * stored as U+FFFD by the driver, and jsonb refuses its escape outright.
 */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value, storable));
}

function storable(_key: string, v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  return typeof v === "string" ? v.toWellFormed() : v;
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
