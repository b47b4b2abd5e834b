import Link from "next/link";
import type { AuditLogEntry } from "@/lib/audit/describe-audit-log";

/**
 * The record an event of the log is about: its kind (left out in a batch's list, whose line says
 * it once), its name linked to its page, and its name today if renamed since.
 */
export function AuditLogSubject({ subject, nowNamed, kind = true }: { subject: AuditLogEntry["subject"]; nowNamed: string; kind?: boolean }) {
  return (
    <>
      {kind && <span className="block text-xs text-slate-500">{subject.kind}</span>}
      {subject.href ? (
        <Link lang={subject.lang} href={subject.href} className="text-brand-700 hover:underline">
          {subject.name || subject.kind}
        </Link>
      ) : (
        <span lang={subject.lang}>{subject.name}</span>
      )}
      {subject.nowNamed && (
        <span className="block text-xs text-slate-500">
          {nowNamed}
          <span lang={subject.lang}>{subject.nowNamed}</span>
        </span>
      )}
    </>
  );
}
