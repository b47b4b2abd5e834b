import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { TCommitmentFilters } from "@/lib/commitments/filters";
import { db } from "@/lib/db";
import type { LedgerFilterNames } from "./ledger-summary-text";
import { getResponsibleFilterPerson } from "@/lib/commitments/get-responsible-filter-person";

const departmentName = (id: number) => db.department.findUnique({ where: { id }, select: { name: true } }).then((d) => d?.name ?? null);

/** The names the summary sheet states its filters and scope with: the section's and departments' ids are all the URL says. */
export async function loadLedgerFilterNames(actor: Actor, filters: TCommitmentFilters): Promise<LedgerFilterNames> {
  const [section, department, responsible, official] = await Promise.all([
    filters.section === undefined ? null : db.section.findUnique({ where: { id: filters.section }, select: { code: true, title: true } }),
    filters.department === undefined ? null : departmentName(filters.department),
    filters.responsible === undefined ? null : getResponsibleFilterPerson(actor, filters.responsible),
    actor.role === "OFFICIAL" && actor.departmentId !== null ? departmentName(actor.departmentId) : null,
  ]);
  return {
    section: section && `${section.code} ${section.title}`,
    department,
    responsible: responsible && { name: responsible.displayName, disabled: responsible.disabled },
    official,
  };
}
