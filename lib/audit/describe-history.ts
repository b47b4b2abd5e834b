import type { Comparator } from "@/lib/generated/prisma/enums";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { formatLocalTime } from "@/lib/time/date-time-format";
import { describeAction, describeChanges, type AuditChange } from "./describe-changes";

type Named = { id: number; name: string } | null;
type Person = { id: number; displayName: string } | null;

/**
 * The history of a commitment as plain rows for its page: the action named, the time in
 * Beijing, the changes labelled. Owners are named from what the page passes (departments, and the
 * users the events mention: referencedUserIds); anyone not passed is left out rather than shown
 * as an id.
 */
export function describeHistory(
  events: { id: string; action: string; entity: string; before: unknown; after: unknown; at: Date; actor: { displayName: string } | null }[],
  {
    t,
    locale,
    unit,
    comparator,
    departments,
    users,
  }: { t: Translate; locale: Locale; unit: string | null; comparator: Comparator | null; departments: Named[]; users: Person[] },
): { id: string; at: string; actor: string; code: string; action: string; changes: AuditChange[] }[] {
  const names = {
    departments: new Map(departments.flatMap((d) => (d ? [[d.id, d.name] as const] : []))),
    users: new Map(users.flatMap((u) => (u ? [[u.id, u.displayName] as const] : []))),
  };
  return events.map((e) => ({
    id: e.id,
    at: formatLocalTime(e.at),
    actor: e.actor?.displayName ?? "",
    code: e.action,
    action: describeAction(e.action, t),
    changes: describeChanges(e, { t, locale, unit, comparator, ...names }),
  }));
}
