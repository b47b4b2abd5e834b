"use client";

import { useState, type ReactNode } from "react";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import { inputClass } from "@/components/ui/field";
import { CheckList } from "@/components/ui/check-list";
import type { ReviewLabels, ReviewOptions, ReviewRow } from "./review-types";
import { responsibleFitsLead } from "@/lib/commitments/responsible-fits-lead";
import { supporterChoices } from "@/lib/commitments/supporter-choices";
import { chooseDeadline, chooseLead } from "./review-rows";
import { DATA_LANG } from "@/lib/reports/report-lang";

const COMPARATORS = [">=", "<=", "=", "growth", "approx", "range"] as const;

/** Edits one candidate in place: indicator, kind, target, unit, comparator, deadline, owners. */
export function CandidateEditor({
  row,
  reportYear,
  labels,
  options,
  errors,
  onChange,
  onEscape,
}: {
  row: ReviewRow;
  /** The draft's year: its last day typed on a row the report gave no day is the default again. */
  reportYear: number;
  labels: ReviewLabels;
  options: ReviewOptions;
  errors: Record<string, string[]>;
  onChange: (patch: Partial<ReviewRow>) => void;
  /** Escape pressed in a field: the editor closes (the row puts the focus back on its button). */
  onEscape: () => void;
}) {
  const id = (field: string) => `${row.key}-${field}`;
  const f = labels.fields;
  const err = (field: string) =>
    errors[field] ? (
      // Beside its field, not inside its label: in the label it was read again as part of the field's name.
      <span id={`${id(field)}-error`} className="block text-xs text-red-700" aria-live="polite">
        {errors[field].join(" ")}
      </span>
    ) : null;
  // A choice restored from the admin's saved edits that is no longer offered is shown as such
  // rather than as "—" while it is still what would be sent: it cannot be chosen again.
  const gone = (value: number | null, offered: { id: number }[], name?: string) =>
    value != null && !offered.some((o) => o.id === value) ? (
      <option key={`gone-${value}`} value={value} disabled>
        {`${name ?? ""}${labels.gone}`}
      </option>
    ) : null;
  // The department a lead choice took out of the supporting ones, said beside the lead until the next choice.
  const [removedFromSupporting, setRemovedFromSupporting] = useState<number | null>(null);
  const described = (field: string) => (errors[field] ? { "aria-describedby": `${id(field)}-error`, "aria-invalid": true } : {});
  return (
    <div
      id={`editor-${row.key}`}
      className="grid gap-3 bg-slate-50 p-3 text-sm md:grid-cols-3"
      data-testid={`editor-${row.key}`}
      onKeyDown={(e) => {
        // Not while a field uses it (a date picker's, a select's popup close on it first).
        if (e.key !== "Escape" || e.defaultPrevented) return;
        e.preventDefault();
        onEscape();
      }}
    >
      <EditorCell className="md:col-span-2" label={f.indicator} error={err("indicator")}>
        <input className={inputClass} maxLength={100} value={row.indicator} onChange={(e) => onChange({ indicator: e.target.value })} {...described("indicator")} />
      </EditorCell>
      <label>
        {f.kind}
        <select
          className={inputClass}
          value={row.kind}
          onChange={(e) => {
            const kind = e.target.value as ReviewRow["kind"];
            onChange(kind === "milestone" ? { kind, comparator: null, value: "", min: "", max: "", unit: null } : { kind, comparator: row.comparator ?? "=" });
          }}
        >
          <option value="numeric">{labels.kinds.numeric}</option>
          <option value="milestone">{labels.kinds.milestone}</option>
        </select>
      </label>
      {row.kind === "numeric" && (
        <>
          <EditorCell label={f.comparator} error={err("comparator")}>
            <select
              className={inputClass}
              value={row.comparator ?? "="}
              onChange={(e) => onChange({ comparator: e.target.value as ReviewRow["comparator"] })}
              {...described("comparator")}
            >
              {COMPARATORS.map((c) => (
                <option key={c} value={c}>
                  {labels.comparators[c]}
                </option>
              ))}
            </select>
          </EditorCell>
          {/* Text inputs without inputMode="decimal": that keypad has no minus on iOS, and a planned
              fall is typed negative (下降3% → -3). The text is parsed when the rows are accepted. */}
          {row.comparator === "range" ? (
            <div className="grid grid-cols-2 gap-2">
              <EditorCell label={f.min} error={err("min")}>
                <input className={inputClass} value={row.min} onChange={(e) => onChange({ min: e.target.value })} {...described("min")} />
              </EditorCell>
              <EditorCell label={f.max} error={err("max")}>
                <input className={inputClass} value={row.max} onChange={(e) => onChange({ max: e.target.value })} {...described("max")} />
              </EditorCell>
            </div>
          ) : (
            <EditorCell label={f.value} error={err("value")}>
              <input className={inputClass} value={row.value} onChange={(e) => onChange({ value: e.target.value })} {...described("value")} />
            </EditorCell>
          )}
          <EditorCell label={f.unit} error={err("unit")}>
            <input className={inputClass} maxLength={20} value={row.unit ?? ""} onChange={(e) => onChange({ unit: e.target.value || null })} {...described("unit")} />
          </EditorCell>
        </>
      )}
      <EditorCell label={f.deadline} error={err("deadline")}>
        <input
          type="date"
          className={inputClass}
          value={row.deadline}
          // A day the admin types is theirs, not the report's (the audit and the commitment's page say so).
          onChange={(e) => onChange(chooseDeadline(row, e.target.value, reportYear))}
          {...described("deadline")}
        />
      </EditorCell>
      <EditorCell
        label={f.lead}
        error={
          <>
            {err("leadDepartmentId")}
            <span id={`${id("leadDepartmentId")}-note`} className="block text-xs text-slate-600" aria-live="polite" data-testid="lead-note">
              {removedFromSupporting != null && (
                <SentenceWithData
                  template={labels.leadRemovedFromSupporting}
                  data={{ department: options.departments.find((d) => d.id === removedFromSupporting)?.name ?? options.inactiveDepartments[removedFromSupporting] ?? "" }}
                />
              )}
            </span>
          </>
        }
      >
        <select
          className={inputClass}
          value={row.leadDepartmentId ?? ""}
          onChange={(e) => {
            // A responsible official of another department would be refused on acceptance: the
            // choice starts again with the new lead's officials; a supporting department chosen
            // as lead leaves the supporting ones, and the note beside the field says so.
            const { patch, removedFromSupporting: removed } = chooseLead(row, e.target.value ? Number(e.target.value) : null, options.officials);
            setRemovedFromSupporting(removed);
            onChange(patch);
          }}
          {...described("leadDepartmentId")}
          aria-describedby={[errors.leadDepartmentId ? `${id("leadDepartmentId")}-error` : null, removedFromSupporting != null ? `${id("leadDepartmentId")}-note` : null].filter(Boolean).join(" ") || undefined}
        >
          <option value="">{labels.none}</option>
          {gone(row.leadDepartmentId, options.departments, row.leadDepartmentId != null ? options.inactiveDepartments[row.leadDepartmentId] : undefined)}
          {options.departments.map((d) => (
            <option key={d.id} value={d.id} lang={DATA_LANG}>
              {d.name}
            </option>
          ))}
        </select>
      </EditorCell>
      <EditorCell label={f.responsible} error={err("responsibleUserId")}>
        <select
          className={inputClass}
          value={row.responsibleUserId ?? ""}
          onChange={(e) => onChange({ responsibleUserId: e.target.value ? Number(e.target.value) : null })}
          {...described("responsibleUserId")}
        >
          <option value="">{labels.none}</option>
          {gone(row.responsibleUserId, options.officials)}
          {options.officials
            // The lead department's officials only; none before a lead is chosen.
            .filter((o) => responsibleFitsLead(o.departmentId, row.leadDepartmentId))
            .map((o) => (
              <option key={o.id} value={o.id} lang={DATA_LANG}>
                {o.displayName}
              </option>
            ))}
        </select>
      </EditorCell>
      <div className="md:col-span-3">
        <CheckList
          id={id("supportingDepartmentIds")}
          legend={f.supporting}
          // The lead is not offered: choosing it as lead took it off (chooseLead). A supporter
          // restored from saved edits and deactivated since is offered, named so, to be unticked.
          items={[
            ...row.supportingDepartmentIds.filter((d) => !options.departments.some((o) => o.id === d)).map((d) => ({ id: d, label: `${options.inactiveDepartments[d] ?? ""}${labels.gone}` })),
            ...supporterChoices(options.departments, row.leadDepartmentId).map((d) => ({ id: d.id, label: d.name, lang: DATA_LANG })),
          ]}
          value={row.supportingDepartmentIds}
          onChange={(ids) => onChange({ supportingDepartmentIds: ids })}
          errors={errors.supportingDepartmentIds}
          labels={labels.departmentChoice}
        />
      </div>
    </div>
  );
}

/** A field of the editor: its label around the control, and its message beside it, not inside the label. */
function EditorCell({ label, error, className, children }: { label: string; error: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label className="block">
        {label}
        {children}
      </label>
      {error}
    </div>
  );
}
