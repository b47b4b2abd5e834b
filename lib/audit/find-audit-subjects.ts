import "server-only";
import { db } from "@/lib/db";
import { Comparator as COMPARATORS } from "@/lib/generated/prisma/enums";
import type { Comparator } from "@/lib/generated/prisma/enums";
import { recordedReportName, reportName } from "@/lib/reports/report-name";

/** What an event is about, as the log names and links it. */
export interface AuditSubject {
  /** The record's name: a commitment's indicator, a user's name, a report's name. */
  name: string;
  /** A user's login name, written beside their name. */
  loginName?: string;
  /** Where to see it now; null when it has no page (a settings change has one, a discarded draft not). */
  href: string | null;
  /** A commitment's unit and comparator, for writing its figures (its updates' and requests' too). */
  unit: string | null;
  comparator: Comparator | null;
}

const subjectKey = (entity: string, entityId: string) => `${entity}:${entityId}`;

function ids(events: { entity: string; entityId: string }[], entity: string): number[] {
  const found = events.filter((e) => e.entity === entity).map((e) => Number(e.entityId));
  return [...new Set(found.filter((id) => Number.isSafeInteger(id) && id > 0))];
}

/**
 * The subjects of a page of the log, read in one round trip (a statement per kind of record, at
 * once): an update, a change request or a reminder is named by its commitment, read with it. A
 * record since deleted (a discarded import draft, a deleted report and its commitments) is named
 * from what the events recorded, or left out.
 */
export async function findAuditSubjects(events: { entity: string; entityId: string; before: unknown; after: unknown }[]): Promise<{ get(entity: string, entityId: string): AuditSubject | undefined }> {
  const commitment = { select: { id: true, indicator: true, unit: true, comparator: true } } as const;
  const [commitments, updates, requests, reminders, users, departments, reports, drafts] = await Promise.all([
    db.commitment.findMany({ where: { id: { in: ids(events, "Commitment") } }, select: commitment.select }),
    db.progressUpdate.findMany({ where: { id: { in: ids(events, "ProgressUpdate") } }, select: { id: true, commitment } }),
    db.changeRequest.findMany({ where: { id: { in: ids(events, "ChangeRequest") } }, select: { id: true, commitment } }),
    db.reminder.findMany({ where: { id: { in: ids(events, "Reminder") } }, select: { id: true, commitment } }),
    db.user.findMany({ where: { id: { in: ids(events, "User") } }, select: { id: true, loginName: true, displayName: true } }),
    db.department.findMany({ where: { id: { in: ids(events, "Department") } }, select: { id: true, name: true } }),
    db.report.findMany({ where: { id: { in: ids(events, "Report") } }, select: { id: true, title: true, issuer: true, year: true } }),
    db.importDraft.findMany({ where: { id: { in: ids(events, "ImportDraft") } }, select: { id: true, title: true, issuer: true, year: true } }),
  ]);
  const subjects = new Map<string, AuditSubject>();
  const plain = { unit: null, comparator: null };
  // A commitment deleted with its report is named as its deletion (or its import) recorded it.
  const found = new Set(commitments.map((c) => c.id));
  for (const c of await deletedCommitments(ids(events, "Commitment").filter((id) => !found.has(id)))) {
    subjects.set(subjectKey("Commitment", String(c.id)), { name: c.indicator, href: null, unit: c.unit, comparator: c.comparator });
  }
  const named = (c: (typeof commitments)[number]): AuditSubject => ({ name: c.indicator, href: `/commitments/${c.id}`, unit: c.unit, comparator: c.comparator });
  for (const c of commitments) subjects.set(subjectKey("Commitment", String(c.id)), named(c));
  for (const u of updates) subjects.set(subjectKey("ProgressUpdate", String(u.id)), named(u.commitment));
  for (const r of requests) subjects.set(subjectKey("ChangeRequest", String(r.id)), named(r.commitment));
  for (const r of reminders) subjects.set(subjectKey("Reminder", String(r.id)), named(r.commitment));
  for (const u of users) subjects.set(subjectKey("User", String(u.id)), { name: u.displayName, loginName: u.loginName, href: `/admin/users/${u.id}`, ...plain });
  for (const d of departments) subjects.set(subjectKey("Department", String(d.id)), { name: d.name, href: "/admin/departments", ...plain });
  for (const r of reports) subjects.set(subjectKey("Report", String(r.id)), { name: reportName(r), href: `/reports/${r.id}`, ...plain });
  // A draft still under review opens where the admin left it.
  for (const d of drafts) subjects.set(subjectKey("ImportDraft", String(d.id)), { name: reportName(d), href: `/reports/import/${d.id}`, ...plain });
  for (const e of events) {
    const key = subjectKey(e.entity, e.entityId);
    if (subjects.has(key)) continue;
    if (e.entity === "Setting") subjects.set(key, { name: "", href: "/admin/settings", ...plain });
    // An import draft is deleted once accepted or discarded, a report imported by mistake may be:
    // their events carry the title.
    const title = recordedReportName(e.after) ?? recordedReportName(e.before);
    if ((e.entity === "ImportDraft" || e.entity === "Report") && title) subjects.set(key, { name: title, href: null, ...plain });
  }
  return { get: (entity, entityId) => subjects.get(subjectKey(entity, entityId)) };
}

/**
 * Commitments no longer in the database, as their deletion (or, before deletions were recorded
 * one by one, their import) wrote them: read only when a page of the log names one, by the
 * events' (entity, entityId) index.
 */
async function deletedCommitments(missing: number[]): Promise<{ id: number; indicator: string; unit: string | null; comparator: Comparator | null }[]> {
  if (missing.length === 0) return [];
  const events = await db.auditEvent.findMany({
    where: { entity: "Commitment", entityId: { in: missing.map(String) }, action: { in: ["commitment.delete", "commitment.create"] } },
    orderBy: { id: "desc" },
    select: { entityId: true, before: true, after: true },
  });
  const named = new Map<number, { id: number; indicator: string; unit: string | null; comparator: Comparator | null }>();
  for (const e of events) {
    const id = Number(e.entityId);
    const recorded = asNamed(e.before) ?? asNamed(e.after);
    if (!named.has(id) && recorded) named.set(id, { id, ...recorded });
  }
  return [...named.values()];
}

function asNamed(side: unknown): { indicator: string; unit: string | null; comparator: Comparator | null } | null {
  if (!side || typeof side !== "object" || Array.isArray(side)) return null;
  const { indicator, unit, comparator } = side as { indicator?: unknown; unit?: unknown; comparator?: unknown };
  if (typeof indicator !== "string") return null;
  return { indicator, unit: typeof unit === "string" ? unit : null, comparator: typeof comparator === "string" && Object.hasOwn(COMPARATORS, comparator) ? (comparator as Comparator) : null };
}
