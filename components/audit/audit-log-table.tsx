import { PersonName } from "@/components/ui/person-name";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { AuditLogLine } from "@/lib/audit/read-log-rows";
import { AuditChangeList } from "./audit-change-list";
import { AuditLogSubject } from "./audit-log-subject";

/**
 * The admin's log: one row per audit event, newest first, as the page orders them; a batch (a
 * bulk action's events) is one row, its events listed under a disclosure.
 */
export function AuditLogTable({
  rows,
  labels,
}: {
  rows: AuditLogLine[];
  labels: { title: string; at: string; actor: string; action: string; subject: string; changes: string; colon: string; nowNamed: string; disabledName: string; batchList: string };
}) {
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
          <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="audit-log-row" data-action={r.code} data-batch={r.batch?.entries.length}>
            <td className="whitespace-nowrap text-slate-500">
              <span className="block">{r.at}</span>
              <span className="text-xs text-slate-500">
                #{r.id}
                {r.batch && `–#${r.batch.lastId}`}
              </span>
            </td>
            <td data-label={labels.actor}>
              {r.actorDisabled ? <PersonName person={{ name: r.actor, disabled: true }} disabledTemplate={labels.disabledName} /> : <span lang={r.actorLang}>{r.actor}</span>}
            </td>
            <td className="font-medium" data-label={labels.action}>{r.action}</td>
            {r.batch ? (
              // One action's events: one kind of record, named once; each record with its changes under the disclosure.
              <>
                <td data-label={labels.subject}>{r.subject.kind}</td>
                <td data-label={labels.changes}>
                  <details data-testid="audit-batch">
                    <summary className="cursor-pointer text-brand-700">{labels.batchList}</summary>
                    <ol className="mt-1 space-y-2">
                      {r.batch.entries.map((e) => (
                        <li key={e.id} data-testid="audit-batch-event">
                          <AuditLogSubject subject={e.subject} nowNamed={labels.nowNamed} kind={false} />
                          <AuditChangeList changes={e.changes} colon={labels.colon} />
                        </li>
                      ))}
                    </ol>
                  </details>
                </td>
              </>
            ) : (
              <>
                <td data-label={labels.subject}>
                  <AuditLogSubject subject={r.subject} nowNamed={labels.nowNamed} />
                </td>
                <td data-label={labels.changes}>
                  <AuditChangeList changes={r.changes} colon={labels.colon} />
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
