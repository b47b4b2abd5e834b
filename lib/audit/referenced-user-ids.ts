import { fieldSpec } from "./audit-fields";

/**
 * The users an audit history names in its changes (a responsible official before and after), so
 * the page can look up exactly those names instead of loading every official to find them.
 */
export function referencedUserIds(events: { entity: string; before: unknown; after: unknown }[]): number[] {
  const ids = new Set<number>();
  for (const event of events) {
    for (const side of [event.before, event.after]) {
      if (!side || typeof side !== "object" || Array.isArray(side)) continue;
      for (const [field, value] of Object.entries(side)) {
        if (fieldSpec(event.entity, field)?.format !== "user" || value === null) continue;
        const id = Number(value);
        if (Number.isSafeInteger(id) && id > 0) ids.add(id);
      }
    }
  }
  return [...ids].sort((a, b) => a - b);
}
