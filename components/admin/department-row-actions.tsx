"use client";

import type { FormState } from "@/lib/actions/form-state";
import type { DepartmentFold } from "@/lib/departments/types";
import { fillMessage } from "@/lib/i18n/fill-message";
import { DepartmentKeywordsForm, keywordsFieldId } from "./department-keywords-form";
import { MergeDepartmentForm, mergeFieldId, type MergeDepartmentLabels } from "./merge-department-form";
import { RenameDepartmentForm, renameFieldId } from "./rename-department-form";
import { ToggleForm } from "./toggle-form";

export type RowAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** The words of a row's actions; `title`s and questions unfilled ("重命名：{name}"). */
export interface DepartmentActionLabels {
  enumeration: string;
  activate: string;
  deactivate: string;
  /** "{action}：{name}". */
  toggleSubject: string;
  deactivateQuestion: string;
  deactivateConfirm: string;
  cancel: string;
  rename: { open: string; title: string; name: string; submit: string };
  keywords: { open: string; title: string; keywords: string; hint: string; submit: string };
  merge: MergeDepartmentLabels;
}

/** The departments list's address (listHref) with one of a row's forms (`?open=`) opened. */
export function withOpen(listHref: string, value: string): string {
  return `${listHref}${listHref.includes("?") ? "&" : "?"}open=${value}`;
}

/** A department's 停用/启用, and its 重命名, 合并到… and 关键词 folds: what its 操作 open. */
export function DepartmentRowActions({
  department: d,
  targets,
  open,
  listHref,
  closeHref,
  actions,
  labels,
}: {
  department: { id: number; name: string; active: boolean; keywords: string[]; openCommitments: number; enabledUsers: number };
  targets: { id: number; name: string }[];
  open: DepartmentFold | undefined;
  listHref: string;
  /** The page with the department's 操作 open and none of its forms. */
  closeHref: string;
  actions: { toggle: RowAction; rename: RowAction; keywords: RowAction; merge: RowAction };
  labels: DepartmentActionLabels;
}) {
  const named = { name: d.name };
  const toggle = d.active ? labels.deactivate : labels.activate;
  // Without script a fold opens by a link to the page with it open (the field scrolled to), and
  // closes by one with only the 操作 it is among open.
  const fold = (name: DepartmentFold, fieldId: string) =>
    open === name ? { open: true, href: closeHref } : { open: false, href: `${withOpen(listHref, `${name}-${d.id}`)}#${fieldId}` };
  return (
    <>
      {/* In line with the folds' openers (LazyFold's margin). */}
      <div className="mt-1">
        <ToggleForm
          action={actions.toggle}
          fields={{ departmentId: String(d.id), active: String(!d.active) }}
          label={toggle}
          name={fillMessage(labels.toggleSubject, { action: toggle, name: d.name })}
          // Asked only when it can go through: with open commitments or enabled users (which
          // the server refuses), the click gets the refusal that says what to move first.
          ask={
            d.active && d.openCommitments === 0 && d.enabledUsers === 0
              ? { question: fillMessage(labels.deactivateQuestion, named), confirm: labels.deactivateConfirm, cancel: labels.cancel }
              : undefined
          }
        />
      </div>
      <RenameDepartmentForm
        // Remounted when the department is switched on or off: its last "renamed" is old news then.
        key={`${d.id}:${d.active}`}
        action={actions.rename}
        department={d}
        fold={fold("rename", renameFieldId(d.id))}
        labels={{ ...labels.rename, title: fillMessage(labels.rename.title, named) }}
      />
      <MergeDepartmentForm
        action={actions.merge}
        department={d}
        targets={targets}
        fold={fold("merge", mergeFieldId(d.id))}
        labels={{ ...labels.merge, title: fillMessage(labels.merge.title, named) }}
      />
      <DepartmentKeywordsForm
        action={actions.keywords}
        department={d}
        fold={fold("keywords", keywordsFieldId(d.id))}
        labels={{ ...labels.keywords, title: fillMessage(labels.keywords.title, named), separator: labels.enumeration }}
      />
    </>
  );
}
