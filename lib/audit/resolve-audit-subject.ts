import "server-only";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/database/like-text";
import { LOGIN_NAME } from "@/lib/users/types";
import { parseAuditSubject, type AuditSubjectQuery, type SubjectKind, type TAuditLogQuery } from "./audit-log-query";

/** At most this many records one filter stands for: more, and the reader is asked to say which. */
export const MAX_SUBJECT_RECORDS = 20;

/** The events of these records (entity and entityId, as the trail files them). */
export type AuditSubjectFilter = { entity: string; ids: string[] }[];

/** A record the filter found, as the page names it. */
export interface MatchedRecord {
  entity: "User" | "LoginName" | "Department" | "Commitment";
  name: string;
  loginName?: string;
}

export type AuditSubjectAnswer =
  | { status: "none" }
  | { status: "found"; filter: AuditSubjectFilter; matched: MatchedRecord[] }
  | { status: "refused"; problem: Extract<AuditSubjectQuery, { field: string }> };

const contains = (text: string) => ({ contains: escapeLike(text), mode: "insensitive" as const });

/** "12" or "#12": a record asked for by its number. */
function numberOf(text: string): number | null {
  const match = /^#?(\d{1,10})$/.exec(text);
  const n = match ? Number(match[1]) : NaN;
  return Number.isSafeInteger(n) && n > 0 && n <= 2_147_483_647 ? n : null;
}

/** Exact matches first; only when there are none, the records whose name contains the text. */
async function exactOrContaining<T>(exact: () => Promise<T[]>, containing: () => Promise<T[]>): Promise<T[]> {
  const found = await exact();
  return found.length > 0 ? found : containing();
}

/**
 * The records the log's filter by record (对象) stands for, and the events filed under them:
 * - a user by number, login name or name (exact, else containing it), and the sign-ins tried
 *   with that login name when no account had it (LoginName);
 * - a department by number, code or name (exact, else containing it);
 * - a commitment by number (one deleted with its report too) or indicator (exact, else
 *   containing it), with its progress updates, change requests and reminders, as its history.
 * A record not found, or more than MAX_SUBJECT_RECORDS, is a mistake said at the field: the log
 * is never listed whole in answer to "what was done to this record?".
 */
export async function resolveAuditSubject(query: Pick<TAuditLogQuery, "subjectKind" | "subject">): Promise<AuditSubjectAnswer> {
  const asked = parseAuditSubject(query);
  if (asked === null) return { status: "none" };
  if ("field" in asked) return { status: "refused", problem: asked };
  const found = await FIND[asked.kind](asked.text, numberOf(asked.text));
  if (found === "none") return { status: "refused", problem: { field: "subject", key: NOT_FOUND[asked.kind], params: { text: asked.text } } };
  if (found === "tooMany") return { status: "refused", problem: { field: "subject", key: "auditLog.subject.tooMany", params: { text: asked.text, max: MAX_SUBJECT_RECORDS } } };
  return { status: "found", ...found };
}

const NOT_FOUND = { user: "auditLog.subject.noUser", department: "auditLog.subject.noDepartment", commitment: "auditLog.subject.noCommitment" } as const;

type Found = { filter: AuditSubjectFilter; matched: MatchedRecord[] } | "none" | "tooMany";
const take = MAX_SUBJECT_RECORDS + 1;

const FIND: Record<SubjectKind, (text: string, id: number | null) => Promise<Found>> = {
  async user(text, id) {
    const loginName = text.toLowerCase();
    const select = { id: true, loginName: true, displayName: true } as const;
    const [users, triedName] = await Promise.all([
      id !== null
        ? db.user.findMany({ where: { id }, select })
        : exactOrContaining(
            () => db.user.findMany({ where: { OR: [{ loginName }, { displayName: text }] }, select, orderBy: { id: "asc" }, take }),
            () => db.user.findMany({ where: { OR: [{ loginName: contains(loginName) }, { displayName: contains(text) }] }, select, orderBy: { id: "asc" }, take }),
          ),
      // Sign-ins tried with this name while no account had it (record-sign-in.ts).
      LOGIN_NAME.test(loginName) ? db.auditEvent.findFirst({ where: { entity: "LoginName", entityId: loginName }, select: { id: true } }) : null,
    ]);
    if (users.length > MAX_SUBJECT_RECORDS) return "tooMany";
    if (users.length === 0 && !triedName) return "none";
    return {
      filter: [{ entity: "User", ids: users.map((u) => String(u.id)) }, ...(triedName ? [{ entity: "LoginName", ids: [loginName] }] : [])],
      matched: [...users.map((u) => ({ entity: "User" as const, name: u.displayName, loginName: u.loginName })), ...(triedName ? [{ entity: "LoginName" as const, name: loginName }] : [])],
    };
  },

  async department(text, id) {
    const select = { id: true, name: true } as const;
    const departments =
      id !== null
        ? await db.department.findMany({ where: { id }, select })
        : await exactOrContaining(
            () => db.department.findMany({ where: { OR: [{ name: text }, { code: text.toUpperCase() }] }, select, orderBy: { id: "asc" }, take }),
            () => db.department.findMany({ where: { name: contains(text) }, select, orderBy: { id: "asc" }, take }),
          );
    if (departments.length > MAX_SUBJECT_RECORDS) return "tooMany";
    if (departments.length === 0) return "none";
    return { filter: [{ entity: "Department", ids: departments.map((d) => String(d.id)) }], matched: departments.map((d) => ({ entity: "Department", name: d.name })) };
  },

  async commitment(text, id) {
    const select = { id: true, indicator: true } as const;
    let commitments =
      id !== null
        ? await db.commitment.findMany({ where: { id }, select })
        : await exactOrContaining(
            () => db.commitment.findMany({ where: { indicator: text }, select, orderBy: { id: "asc" }, take }),
            () => db.commitment.findMany({ where: { indicator: contains(text) }, select, orderBy: { id: "asc" }, take }),
          );
    // One deleted with its report is still in the trail, by its number.
    if (commitments.length === 0 && id !== null && (await db.auditEvent.findFirst({ where: { entity: "Commitment", entityId: String(id) }, select: { id: true } }))) {
      commitments = [{ id, indicator: `#${id}` }];
    }
    if (commitments.length > MAX_SUBJECT_RECORDS) return "tooMany";
    if (commitments.length === 0) return "none";
    const commitmentId = { in: commitments.map((c) => c.id) };
    const [updates, requests, reminders] = await Promise.all([
      db.progressUpdate.findMany({ where: { commitmentId }, select: { id: true } }),
      db.changeRequest.findMany({ where: { commitmentId }, select: { id: true } }),
      db.reminder.findMany({ where: { commitmentId }, select: { id: true } }),
    ]);
    const ids = (rows: { id: number }[]) => rows.map((r) => String(r.id));
    return {
      filter: [
        { entity: "Commitment", ids: ids(commitments) },
        { entity: "ProgressUpdate", ids: ids(updates) },
        { entity: "ChangeRequest", ids: ids(requests) },
        { entity: "Reminder", ids: ids(reminders) },
      ],
      matched: commitments.map((c) => ({ entity: "Commitment", name: c.indicator })),
    };
  },
};
