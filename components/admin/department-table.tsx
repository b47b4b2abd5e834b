"use client";

import Link from "next/link";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { FormState } from "@/lib/actions/form-state";
import type { DepartmentFold } from "@/lib/departments/types";
import { fillMessage } from "@/lib/i18n/fill-message";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { DepartmentRowActions, type DepartmentActionLabels } from "./department-row-actions";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface DepartmentTableRow {
  id: number;
  code: string;
  name: string;
  active: boolean;
  keywords: string[];
  openCommitments: number;
  enabledUsers: number;
  disabledUsers: number;
  /** Open commitments and no active official: nobody in it reports on them. */
  unstaffed: boolean;
}

export interface DepartmentTableLabels extends DepartmentActionLabels {
  /** Names the scrolling box. */
  table: string;
  columns: { name: string; code: string; users: string; openCommitments: string; keywords: string; status: string; actions: string };
  /** Unfilled: "{enabled}（另有停用 {disabled}）". */
  usersWithDisabled: string;
  /** Unfilled: "{users}：{name}的用户" — the count's link to the users list filtered by the department. */
  usersLink: string;
  /** The mark of an unstaffed row. */
  unstaffed: string;
  /** Unfilled: "{count} 项：{name}牵头或配合的未办结目标任务". */
  openCommitmentsLink: string;
  noKeywords: string;
  enumeration: string;
  active: string;
  inactive: string;
}

/**
 * The admin's departments, fed with plain rows: the labels are sent once, each row's sentences
 * filled in here, and a row's forms (重命名, 关键词, 合并到…) rendered only once opened — the
 * departments a merge may go to are one list for the page, `targets`.
 */
export function DepartmentTable({
  rows,
  targets,
  open,
  listHref,
  actions,
  labels,
}: {
  rows: DepartmentTableRow[];
  /** The active departments, any of which may take another's work, whatever page it is on. */
  targets: { id: number; name: string }[];
  /** The row's form a link opened (`?open=`), rendered open. */
  open: { fold: DepartmentFold; departmentId: number } | undefined;
  /** This page of the list, without a form opened. */
  listHref: string;
  actions: { toggle: Action; rename: Action; keywords: Action; merge: Action };
  labels: DepartmentTableLabels;
}) {
  const c = labels.columns;
  return (
    <ScrollTable className="w-full rounded-lg bg-white text-sm shadow-sm [&_td]:px-3 [&_td]:py-2" label={labels.table}>
      <thead className="bg-slate-100 text-left">
        <tr>
          {[c.name, c.code, c.users, c.openCommitments, c.keywords, c.status, c.actions].map((label) => (
            <th key={label} className="whitespace-nowrap px-3 py-2">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id} id={`department-${d.id}`} className="border-t border-slate-100 align-top" data-testid={`department-${d.code}`}>
            <td lang={DATA_LANG} className="min-w-32">
              {d.name}
            </td>
            <td className="font-mono">{d.code}</td>
            <td data-testid="user-count">
              <UserCount department={d} labels={labels} />
              {d.unstaffed && <span className="staffing-badge">{labels.unstaffed}</span>}
            </td>
            <td>
              {d.openCommitments > 0 ? (
                <Link
                  href={`/commitments?department=${d.id}&open=1`}
                  className="text-brand-700 hover:underline"
                  aria-label={fillMessage(labels.openCommitmentsLink, { name: d.name, count: d.openCommitments })}
                >
                  {d.openCommitments}
                </Link>
              ) : (
                0
              )}
            </td>
            <td className="max-w-48 text-xs text-slate-600">{d.keywords.length ? <span lang={REPORT_LANG}>{d.keywords.join(labels.enumeration)}</span> : labels.noKeywords}</td>
            <td className="whitespace-nowrap">{d.active ? labels.active : labels.inactive}</td>
            <td>
              <DepartmentRowActions
                department={d}
                targets={targets}
                open={open?.departmentId === d.id ? open.fold : undefined}
                listHref={listHref}
                actions={actions}
                labels={labels}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** "7（另有停用 1）", a link to the department's users (the disabled among them) when it has any. */
function UserCount({ department: d, labels }: { department: DepartmentTableRow; labels: DepartmentTableLabels }) {
  const users = d.disabledUsers > 0 ? fillMessage(labels.usersWithDisabled, { enabled: d.enabledUsers, disabled: d.disabledUsers }) : String(d.enabledUsers);
  if (d.enabledUsers + d.disabledUsers === 0) return <span className="whitespace-nowrap">{users}</span>;
  return (
    <Link href={`/admin/users?department=${d.id}`} className="whitespace-nowrap text-brand-700 hover:underline" aria-label={fillMessage(labels.usersLink, { users, name: d.name })}>
      {users}
    </Link>
  );
}
