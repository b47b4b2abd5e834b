"use client";

import { useState } from "react";
import { ScrollTable } from "@/components/ui/scroll-table";
import type { DepartmentFold } from "@/lib/departments/types";
import type { DepartmentActionLabels, RowAction } from "./department-row-actions";
import { DepartmentRow } from "./department-row";

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
 * Below md each department is a card (as the users list): seven columns in 390 px were a table
 * to scroll sideways, the 操作 off screen. Its name heads the card, the other cells are headed by
 * their column's name (data-label), and its 操作 open under it, as on a wide screen.
 */
const DEPARTMENT_TABLE = "w-full rounded-lg bg-white text-sm shadow-sm max-md:[&_tr:first-child>td:first-child]:font-medium";

/**
 * The admin's departments, fed with plain rows: the labels are sent once, each row's sentences
 * filled in here, and a row's 操作 (停用/启用, 重命名, 关键词, 合并到…) rendered only once opened —
 * one department's at a time — the departments a merge may go to one list for the page, `targets`.
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
  /** What of a row a link opened (`?open=`): its 操作, and the form among them, rendered open. */
  open: { fold: DepartmentFold; departmentId: number } | undefined;
  /** This page of the list, without anything opened. */
  listHref: string;
  actions: { toggle: RowAction; rename: RowAction; keywords: RowAction; merge: RowAction };
  labels: DepartmentTableLabels;
}) {
  const [openRow, setOpenRow] = useState<number | null>(open?.departmentId ?? null);
  // The rows whose 操作 were opened: closed, or another's opened, they stay rendered (hidden),
  // keeping what was typed in them and what they answered.
  const [shown, setShown] = useState<ReadonlySet<number>>(() => new Set(open ? [open.departmentId] : []));
  const toggle = (id: number) => {
    setOpenRow(openRow === id ? null : id);
    if (!shown.has(id)) setShown(new Set(shown).add(id));
  };
  const c = labels.columns;
  const headers = [c.name, c.code, c.users, c.openCommitments, c.keywords, c.status, c.actions];
  return (
    <ScrollTable className={DEPARTMENT_TABLE} cards label={labels.table}>
      <thead className="bg-slate-100 text-left">
        <tr>
          {headers.map((label) => (
            <th key={label} className="whitespace-nowrap px-3 py-2">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      {rows.map((d) => (
        <DepartmentRow
          key={d.id}
          department={d}
          columns={headers.length}
          targets={targets}
          open={openRow === d.id}
          shown={shown.has(d.id)}
          fold={open?.departmentId === d.id ? open.fold : undefined}
          listHref={listHref}
          onToggle={() => toggle(d.id)}
          actions={actions}
          labels={labels}
        />
      ))}
    </ScrollTable>
  );
}
