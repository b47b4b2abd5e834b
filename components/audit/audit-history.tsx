"use client";

import { AuditChangeList } from "./audit-change-list";
import { PersonName } from "@/components/ui/person-name";

export interface AuditHistoryEntry {
  id: string;
  at: string;
  actor: string;
  /** The actor's account is disabled now: their name is marked so. */
  actorDisabled?: boolean;
  /** The action's code, kept as a data attribute for tests and support. */
  code: string;
  /** The action as the reader's language names it. */
  action: string;
  /** before null: the value is new with this event, shown without a struck-through old value. */
  changes: { field: string; label: string; before: string | null; after: string; lang?: string }[];
}

/** Who did what and when, with before → after per field. Values render as text, never HTML. */
export function AuditHistory({
  entries,
  labels,
  olderNote,
}: {
  entries: AuditHistoryEntry[];
  /** `disabledName`: people.disabledName, the mark of a disabled account's name. */
  labels: { empty: string; system: string; colon: string; disabledName: string };
  /** Said under the list when older events exist than the ones shown. */
  olderNote?: string;
}) {
  if (entries.length === 0) return <p className="text-sm text-slate-500">{labels.empty}</p>;
  return (
    <>
      <ol className="space-y-3 text-sm" data-testid="audit-history">
        {entries.map((e) => (
          <li key={e.id} className="border-l-2 border-slate-200 pl-3" data-action={e.code}>
            <div>
              {/* A space, not only a margin: the text reads "Deadline extended 督查室…", not run together. */}
              <span className="font-medium">{e.action}</span>{" "}
              <span className="ml-1.5 text-slate-500">
                {e.actor ? <PersonName person={{ name: e.actor, disabled: e.actorDisabled ?? false }} disabledTemplate={labels.disabledName} /> : labels.system} · {e.at}
              </span>
            </div>
            <AuditChangeList changes={e.changes} colon={labels.colon} />
          </li>
        ))}
      </ol>
      {olderNote && <p className="mt-3 text-xs text-slate-500">{olderNote}</p>}
    </>
  );
}
