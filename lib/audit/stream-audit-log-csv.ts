import "server-only";
import { db } from "@/lib/db";
import { listDepartments } from "@/lib/departments/list-departments";
import { csvPullStream } from "@/lib/exports/csv-pull-stream";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Reader } from "@/lib/i18n/request-locale";
import type { MessageKey } from "@/lib/i18n/zh";
import type { AuditLogEntry } from "./describe-audit-log";
import { AUDIT_LOG_SELECT } from "./list-audit-log";
import { readLogRows } from "./read-log-rows";
import { personText } from "@/lib/users/person-name";

const AUDIT_EXPORT_BATCH = 500;

const HEADERS: MessageKey[] = ["auditLog.col.id", "auditLog.col.batch", "auditLog.at", "auditLog.who", "auditLog.action", "auditLog.col.code", "auditLog.col.kind", "auditLog.subject", "auditLog.col.entityId", "auditLog.changes", "auditLog.col.hash"];

function changesText(row: AuditLogEntry, reader: Reader): string {
  return row.changes
    .map((c) => (c.before === null ? reader.t("auditLog.changeNew", { label: c.label, after: c.after }) : reader.t("auditLog.change", { label: c.label, before: c.before, after: c.after })))
    .join("\n");
}

/** The batch an event was written in, by its first event's number; empty for an event written alone. */
function batchOf(event: { batchId: bigint | null } | undefined): number | null {
  return event?.batchId == null ? null : Number(event.batchId);
}

/**
 * The log's events matching `where` (the page's filters, every page) as CSV, newest first, each
 * line as the page writes it plus its batch (a bulk action's events, one line on the page), the
 * record's number and the event's hash, so a line can be checked against the trail. Formula-safe
 * (csvLine). A pull stream read in batches by id: the newest event when the download starts bounds
 * it, so events written meanwhile do not shift it.
 */
export async function streamAuditLogCsv(where: Prisma.AuditEventWhereInput, reader: Reader, batch = AUDIT_EXPORT_BATCH): Promise<ReadableStream<Uint8Array>> {
  const [newest, departments] = await Promise.all([
    db.auditEvent.findFirst({ where, orderBy: { id: "desc" }, select: { id: true } }),
    listDepartments(),
  ]);
  let cursor: bigint | null = newest ? newest.id + 1n : null;
  return csvPullStream(
    HEADERS.map((key) => ({ value: reader.t(key) })),
    async () => {
      if (cursor === null) return null;
      const events = await db.auditEvent.findMany({
        where: { AND: [where, { id: { lt: cursor } }] },
        orderBy: { id: "desc" },
        take: batch,
        select: { ...AUDIT_LOG_SELECT, hash: true },
      });
      if (events.length === 0) return null;
      cursor = events[events.length - 1].id;
      const byId = new Map(events.map((e) => [e.id.toString(), e]));
      const rows = await readLogRows(events.map((e) => ({ ...e, id: e.id.toString() })), departments, reader);
      return rows.map((r) => [
        { value: Number(r.id) },
        { value: batchOf(byId.get(r.id)) },
        { value: r.at },
        { value: personText({ name: r.actor, disabled: r.actorDisabled }, reader.t) },
        { value: r.action },
        { value: r.code },
        { value: r.subject.kind },
        { value: r.subject.name },
        { value: byId.get(r.id)?.entityId ?? "" },
        { value: changesText(r, reader) },
        { value: byId.get(r.id)?.hash ?? "" },
      ]);
    },
    { label: "audit log csv" },
  );
}
