import "server-only";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { listUserNames } from "@/lib/users/list-user-names";
import { describeAuditLog, type AuditLogEntry } from "./describe-audit-log";
import { findAuditSubjects } from "./find-audit-subjects";
import type { AuditLogEvent } from "./list-audit-log";
import { listRecordedRenames } from "./list-recorded-renames";
import { namesInForce } from "./names-in-force";
import { referencedDepartmentIds, referencedUserIds } from "./referenced-user-ids";

/**
 * Events of the log as the reader reads them (describeAuditLog), with what they name looked up:
 * their records, the people and departments their changes mention, as they were called at each
 * event. The page reads one page of events through it, the CSV export each batch.
 */
export async function readLogRows(
  events: AuditLogEvent[],
  departments: readonly { id: number; name: string }[],
  reader: { t: Translate; locale: Locale },
): Promise<AuditLogEntry[]> {
  const userIds = referencedUserIds(events);
  const [subjects, users, renames] = await Promise.all([
    findAuditSubjects(events),
    listUserNames(userIds),
    listRecordedRenames(referencedDepartmentIds(events), userIds),
  ]);
  // Names as they stood at each event: a department renamed since is shown by its name then.
  return describeAuditLog(events, subjects, {
    ...reader,
    departments: namesInForce(new Map(departments.map((d) => [d.id, d.name])), renames.departments),
    users: namesInForce(new Map(users.map((u) => [u.id, u.displayName])), renames.users),
  });
}
