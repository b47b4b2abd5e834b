import type { Comparator } from "@/lib/generated/prisma/enums";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { formatLocalTime } from "@/lib/time/date-time-format";
import { describeAction, describeChanges, type AuditChange } from "./describe-changes";
import { namesInForce, type RecordedRename } from "./names-in-force";

type Named = { id: number; name: string } | null;
type Person = { id: number; displayName: string } | null;

/**
 * The history of a commitment as plain rows for its page: the action named, the time in
 * Beijing, the changes labelled. Owners are named from what the page passes (departments, and the
 * users the events mention: referencedUserIds), as they stood at each event when their renames are
 * passed (listRecordedRenames); anyone not passed is left out rather than shown as an id.
 */
export function describeHistory(
  events: { id: string; action: string; entity: string; before: unknown; after: unknown; at: Date; actor: { displayName: string; disabled: boolean } | null }[],
  {
    t,
    locale,
    unit,
    comparator,
    departments,
    users,
    renames = { departments: [], users: [] },
  }: {
    t: Translate;
    locale: Locale;
    unit: string | null;
    comparator: Comparator | null;
    departments: Named[];
    users: Person[];
    renames?: { departments: RecordedRename[]; users: RecordedRename[] };
  },
): { id: string; at: string; actor: string; actorDisabled: boolean; code: string; action: string; changes: AuditChange[] }[] {
  const departmentsAt = namesInForce(new Map(departments.flatMap((d) => (d ? [[d.id, d.name] as const] : []))), renames.departments);
  const usersAt = namesInForce(new Map(users.flatMap((u) => (u ? [[u.id, u.displayName] as const] : []))), renames.users);
  return events.map((e) => ({
    id: e.id,
    at: formatLocalTime(e.at),
    actor: e.actor?.displayName ?? "",
    actorDisabled: e.actor?.disabled ?? false,
    code: e.action,
    action: describeAction(e.action, t),
    changes: describeChanges(e, { t, locale, unit, comparator, departments: departmentsAt(e.id), users: usersAt(e.id) }),
  }));
}
