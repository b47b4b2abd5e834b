import { fieldSpec, type FieldFormat } from "./audit-fields";

type AuditSides = { entity: string; entityId?: string; before: unknown; after: unknown }[];

/**
 * The users an audit history names in its changes (a responsible official before and after), so
 * the page can look up exactly those names instead of loading every official to find them.
 */
export function referencedUserIds(events: AuditSides): number[] {
  return referencedIds(events, ["user"], "User");
}

/** The departments an audit history names in its changes (lead, supporters, a user's department). */
export function referencedDepartmentIds(events: AuditSides): number[] {
  return referencedIds(events, ["department", "departments"], "Department");
}

/** Ids named by fields of these formats, and the records of `entity` the events are about (named as they were called then). */
function referencedIds(events: AuditSides, formats: FieldFormat[], entity: string): number[] {
  const ids = new Set<number>();
  for (const event of events) {
    const subject = event.entity === entity ? Number(event.entityId) : NaN;
    if (Number.isSafeInteger(subject) && subject > 0) ids.add(subject);
    for (const side of [event.before, event.after]) {
      if (!side || typeof side !== "object" || Array.isArray(side)) continue;
      for (const [field, value] of Object.entries(side)) {
        const format = fieldSpec(event.entity, field)?.format;
        if (format === undefined || typeof format === "object" || !formats.includes(format) || value === null) continue;
        for (const one of Array.isArray(value) ? value : [value]) {
          const id = Number(one);
          if (Number.isSafeInteger(id) && id > 0) ids.add(id);
        }
      }
    }
  }
  return [...ids].sort((a, b) => a - b);
}
