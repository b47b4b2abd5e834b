import type { Locale, Translate } from "@/lib/i18n/translate";
import type { MessageKey } from "@/lib/i18n/zh";
import { formatLocalTime } from "@/lib/time/date-time-format";
import { userSubject } from "@/lib/users/user-subject";
import { dataLang } from "@/lib/reports/report-lang";
import { describeAction, describeChanges, type AuditChange } from "./describe-changes";
import type { AuditSubject } from "./find-audit-subjects";
import type { NameLookup } from "./names-in-force";

type NamesAt = (auditId: string) => NameLookup;

/** A line of the admin's log: who did what to which record, and the changes in words. */
export interface AuditLogEntry {
  id: string;
  at: string;
  actor: string;
  /** Set when the actor is a person (their name and login), not the system. */
  actorLang?: string;
  /** The actor's account is disabled now: named 张三（zhangsan）（已停用）, as past work is everywhere (people.disabledName). */
  actorDisabled: boolean;
  code: string;
  action: string;
  /** `lang` when the name is the record's own (an indicator, a person, a report), not its number. */
  /** `nowNamed`: a department's or person's name today, when the event was written under another. */
  subject: { kind: string; name: string; href: string | null; lang?: string; nowNamed: string | null };
  changes: AuditChange[];
}

/** What each kind of record is called; a kind not listed is shown by its code. */
const ENTITY_LABEL: Record<string, MessageKey> = {
  Commitment: "auditLog.entity.Commitment",
  ProgressUpdate: "auditLog.entity.ProgressUpdate",
  ChangeRequest: "auditLog.entity.ChangeRequest",
  Reminder: "auditLog.entity.Reminder",
  User: "auditLog.entity.User",
  Department: "auditLog.entity.Department",
  Report: "auditLog.entity.Report",
  ImportDraft: "auditLog.entity.ImportDraft",
  Setting: "auditLog.entity.Setting",
  LoginName: "auditLog.entity.LoginName",
  Page: "auditLog.entity.Page",
};

/**
 * A record the log has no name for: a sign-in's name typed (no account has it), and a page or
 * download refused (its path), are their own names;
 * a record no longer there (or never named) is known by its number; a refused creation names none.
 */
function unnamedRecord(e: { entity: string; entityId: string }, t: Translate): string {
  if (e.entity === "LoginName" || e.entity === "Page") return e.entityId;
  return e.entityId ? `#${e.entityId}` : t("common.none");
}

/**
 * Who acted when no user is named: nobody signed in, for a sign-in refused (auth.*); else the
 * system (the seed and other scripts).
 */
function unnamedActor(action: string, t: Translate): string {
  return t(action.startsWith("auth.") ? "auditLog.anonymous" : "detail.system");
}

/**
 * The log's events as plain rows: the action and the record named in the reader's language, the
 * time in Beijing, the changes labelled as a commitment's history labels them (figures in the
 * commitment's unit). Names of departments and users the changes mention come from `departments`
 * and `users`, as they stood at each event (namesInForce); one not passed is left out rather than
 * shown as an id. Pure.
 */
export function describeAuditLog(
  events: { id: string; action: string; entity: string; entityId: string; before: unknown; after: unknown; at: Date; actor: { displayName: string; loginName: string; disabled?: boolean } | null }[],
  subjects: { get(entity: string, entityId: string): AuditSubject | undefined },
  { t, locale, departments, users }: { t: Translate; locale: Locale; departments: NamesAt; users: NamesAt },
): AuditLogEntry[] {
  return events.map((e) => {
    const subject = subjects.get(e.entity, e.entityId);
    const label = ENTITY_LABEL[e.entity];
    // A department or person renamed since is named as they were called then, and today's name beside it.
    const namesThen = e.entity === "Department" ? departments(e.id) : e.entity === "User" ? users(e.id) : null;
    const then = namesThen?.get(Number(e.entityId));
    const renamed = subject !== undefined && then !== undefined && then !== subject.name;
    const named = subject && renamed ? { ...subject, name: then } : subject;
    return {
      id: e.id,
      at: formatLocalTime(e.at),
      actor: e.actor ? userSubject(e.actor, t) : unnamedActor(e.action, t),
      actorLang: dataLang(e.actor),
      actorDisabled: e.actor?.disabled === true,
      code: e.action,
      action: describeAction(e.action, t),
      subject: {
        kind: label ? t(label) : e.entity,
        name: named ? (named.loginName ? userSubject({ displayName: named.name, loginName: named.loginName }, t) : named.name) : unnamedRecord(e, t),
        href: subject?.href ?? null,
        // A login name typed is ASCII (LOGIN_NAME), not Chinese to be read with a Chinese voice.
        lang: e.entity === "LoginName" || e.entity === "Page" ? undefined : dataLang(subject?.name),
        nowNamed: renamed ? subject.name : null,
      },
      changes: describeChanges(e, { t, locale, unit: subject?.unit ?? null, comparator: subject?.comparator ?? null, departments: departments(e.id), users: users(e.id) }),
    };
  });
}

