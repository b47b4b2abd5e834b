import type { TImportCandidate } from "@/lib/imports/types";

export type ReviewRow = TImportCandidate & { rejected: boolean };

export interface ReviewOptions {
  departments: { id: number; name: string }[];
  officials: { id: number; displayName: string; departmentId: number | null }[];
}

export interface ReviewLabels {
  candidates: string;
  accept: string;
  discard: string;
  reject: string;
  restore: string;
  edit: string;
  doneEditing: string;
  split: string;
  mergeNext: string;
  rejected: string;
  selectAll: string;
  bulkLead: string;
  bulkApply: string;
  source: string;
  none: string;
  milestone: string;
  fields: {
    section: string;
    indicator: string;
    kind: string;
    value: string;
    min: string;
    max: string;
    unit: string;
    comparator: string;
    deadline: string;
    lead: string;
    supporting: string;
    responsible: string;
    quote: string;
  };
  kinds: Record<"numeric" | "milestone", string>;
  comparators: Record<string, string>;
}
