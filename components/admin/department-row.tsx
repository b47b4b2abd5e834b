"use client";

import Link from "next/link";
import { DisclosureOpener } from "@/components/ui/disclosure-opener";
import type { DepartmentFold } from "@/lib/departments/types";
import { fillMessage } from "@/lib/i18n/fill-message";
import { DATA_LANG, REPORT_LANG } from "@/lib/reports/report-lang";
import { DepartmentRowActions, withOpen, type RowAction } from "./department-row-actions";
import type { DepartmentTableLabels, DepartmentTableRow } from "./department-table";

/**
 * One department: its line, and under it, once its 操作 are opened, a row of their own (停用/启用
 * and the openers of 重命名, 合并到… and 关键词) — one line a department from md up, rather than
 * four buttons stacked in its last cell (60 departments made the page 9,500 px tall at 1280 px). The two rows
 * are one `<tbody>`, the department's anchor and test id (below md, one card). Once rendered, its
 * 操作 stay in the page when closed (hidden), with what was typed in them and their answers.
 */
export function DepartmentRow({
  department: d,
  columns,
  targets,
  open,
  shown,
  fold,
  listHref,
  onToggle,
  actions,
  labels,
}: {
  department: DepartmentTableRow;
  /** How many the table has: the 操作's row spans them all. */
  columns: number;
  targets: { id: number; name: string }[];
  /** Its 操作 are open. */
  open: boolean;
  /** Its 操作 are in the page (opened once). */
  shown: boolean;
  /** The form of it a link opened (`?open=`), rendered open. */
  fold: DepartmentFold | undefined;
  listHref: string;
  onToggle: () => void;
  actions: Record<"toggle" | "rename" | "keywords" | "merge", RowAction>;
  labels: DepartmentTableLabels;
}) {
  const panelId = `department-actions-${d.id}`;
  // Without script: the page with its 操作 open, where a form's opener closes to.
  const actionsHref = `${withOpen(listHref, `actions-${d.id}`)}#department-${d.id}`;
  const name = fillMessage(labels.toggleSubject, { action: labels.columns.actions, name: d.name });
  const c = labels.columns;
  return (
    <tbody id={`department-${d.id}`} className="border-t border-slate-100" data-testid={`department-${d.code}`}>
      {/* Open, the line takes its 操作's shade: the two rows read as one. */}
      <tr className={`align-top md:align-middle ${open ? "bg-slate-100/70" : ""}`}>
        <td lang={DATA_LANG} className="min-w-32">
          {d.name}
        </td>
        <td className="font-mono" data-label={c.code}>
          {d.code}
        </td>
        <td data-testid="user-count" className="md:whitespace-nowrap" data-label={c.users}>
          <UserCount department={d} labels={labels} />
          {d.unstaffed && <span className="staffing-badge">{labels.unstaffed}</span>}
        </td>
        <td data-label={c.openCommitments}>
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
        <td className="text-xs text-slate-600 md:max-w-48" data-label={c.keywords}>
          {d.keywords.length ? (
            // One line from md up; the whole list is in the text (read out, found) and in 关键词's form.
            <span lang={REPORT_LANG} title={d.keywords.join(labels.enumeration)} className="md:block md:truncate">
              {d.keywords.join(labels.enumeration)}
            </span>
          ) : (
            labels.noKeywords
          )}
        </td>
        <td className="whitespace-nowrap" data-label={c.status}>
          {d.active ? labels.active : labels.inactive}
        </td>
        <td className="py-1.5">
          <DisclosureOpener
            label={labels.columns.actions}
            name={name}
            open={open}
            controls={shown ? panelId : undefined}
            href={open ? `${listHref}#department-${d.id}` : actionsHref}
            onToggle={onToggle}
            chevron
          />
        </td>
      </tr>
      {shown && (
        <tr id={panelId} hidden={!open} className="bg-slate-100/70">
          <td colSpan={columns}>
            <div role="group" aria-label={name} className="flex flex-wrap items-start gap-x-3 gap-y-1">
              <DepartmentRowActions department={d} targets={targets} open={fold} closeHref={actionsHref} listHref={listHref} actions={actions} labels={labels} />
            </div>
          </td>
        </tr>
      )}
    </tbody>
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
