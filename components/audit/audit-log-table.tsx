import Link from "next/link";
import { PersonName } from "@/components/ui/person-name";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { AuditLogEntry } from "@/lib/audit/describe-audit-log";
import { AuditChangeList } from "./audit-change-list";

/** The admin's log: one row per audit event, newest first, as the page orders them. */
export function AuditLogTable({ rows, labels }: { rows: AuditLogEntry[]; labels: { title: string; at: string; actor: string; action: string; subject: string; changes: string; colon: string; nowNamed: string; disabledName: string } }) {
  return (
    // Cards on a phone: five columns of Chinese text squeezed into 390 px stood a character a line.
    <ScrollTable className="w-full rounded-lg bg-white text-sm shadow-sm" cards label={labels.title}>
      <thead className="bg-slate-100 text-left">
        <tr>
          <th className="px-3 py-2 whitespace-nowrap">{labels.at}</th>
          <th className="px-3 py-2">{labels.actor}</th>
          <th className="px-3 py-2">{labels.action}</th>
          <th className="px-3 py-2">{labels.subject}</th>
          <th className="px-3 py-2">{labels.changes}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="audit-log-row" data-action={r.code}>
            <td className="whitespace-nowrap text-slate-500">
              <span className="block">{r.at}</span>
              <span className="text-xs text-slate-500">#{r.id}</span>
            </td>
            <td data-label={labels.actor}>
              {r.actorDisabled ? <PersonName person={{ name: r.actor, disabled: true }} disabledTemplate={labels.disabledName} /> : <span lang={r.actorLang}>{r.actor}</span>}
            </td>
            <td className="font-medium" data-label={labels.action}>{r.action}</td>
            <td data-label={labels.subject}>
              <span className="block text-xs text-slate-500">{r.subject.kind}</span>
              {r.subject.href ? (
                <Link lang={r.subject.lang} href={r.subject.href} className="text-brand-700 hover:underline">
                  {r.subject.name || r.subject.kind}
                </Link>
              ) : (
                <span lang={r.subject.lang}>{r.subject.name}</span>
              )}
              {r.subject.nowNamed && (
                <span className="block text-xs text-slate-500">
                  {labels.nowNamed}
                  <span lang={r.subject.lang}>{r.subject.nowNamed}</span>
                </span>
              )}
            </td>
            <td data-label={labels.changes}>
              <AuditChangeList changes={r.changes} colon={labels.colon} />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
