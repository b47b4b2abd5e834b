import "server-only";
import type { Locale, Translate } from "@/lib/i18n/translate";
import { listUserNames } from "@/lib/users/list-user-names";
import { describeAuditLog, type AuditLogEntry } from "./describe-audit-log";
import { findAuditSubjects } from "./find-audit-subjects";
import type { AuditLogEvent, AuditLogPage } from "./list-audit-log";
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

/** A line of the log: an event, or a batch written by one action execution, named by its first. */
export interface AuditLogLine extends AuditLogEntry {
  /** A batch's events, in the order written (its first, which names the line, among them); null for an event alone. */
  batch: { entries: AuditLogEntry[]; lastId: string } | null;
}

/**
 * A page of the log as its lines: a batch's line says its action and how many (设置责任分工：50
 * 项), its events listed under it, each as a line of its own would read.
 */
export async function readLogLines(
  log: Pick<AuditLogPage, "events" | "batches">,
  departments: readonly { id: number; name: string }[],
  reader: { t: Translate; locale: Locale },
): Promise<AuditLogLine[]> {
  const firsts = new Set(log.events.map((e) => e.id));
  const rest = [...log.batches.values()].flat().filter((e) => !firsts.has(e.id));
  const entries = new Map((await readLogRows([...log.events, ...rest], departments, reader)).map((r) => [r.id, r]));
  return log.events.map((e) => {
    const line = entries.get(e.id)!;
    const batch = log.batches.get(e.id);
    if (!batch) return { ...line, batch: null };
    // "设置责任分工：50 项". The words apart from the key: describe-changes.test reads a literal on
    // a line that sets `action:` as an action the app writes.
    const named = { action: line.action, count: batch.length };
    const batchAction = reader.t("auditLog.batch", named);
    return {
      ...line,
      action: batchAction,
      batch: { entries: batch.map((b) => entries.get(b.id)!), lastId: batch[batch.length - 1].id },
    };
  });
}
