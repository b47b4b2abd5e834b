import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { commitmentWhere } from "@/lib/commitments/commitment-list-sql";
import type { TCommitmentFilters } from "@/lib/commitments/filters";

/**
 * The ledger's commitments (aliased `c`, with their section `s` and lead department `d`): the
 * list's WHERE for `filters` in the actor's scope. The rows and the summary sheet both read from
 * this one clause, so the summary counts exactly the rows written below it.
 */
export function ledgerSource(actor: Actor, filters: TCommitmentFilters, light: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`FROM "Commitment" c
    JOIN "Section" s ON s.id = c."sectionId"
    LEFT JOIN "Department" d ON d.id = c."leadDepartmentId"
    ${commitmentWhere(actor, filters, light)}`;
}
