import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";

export interface FilterPerson {
  id: number;
  displayName: string;
  disabled: boolean;
}

/**
 * Who the list's 责任人 filter names, for its label, the ledger's summary and the progress report:
 * the URL gives only an id. An official is told the name only of someone responsible for a
 * commitment they can see (the list's scope), not of any account an id is tried for; null is
 * "no such person to you", which the page says as an id not found.
 */
export async function getResponsibleFilterPerson(actor: Pick<Actor, "role" | "departmentId">, userId: number): Promise<FilterPerson | null> {
  const scoped = actor.role === "OFFICIAL" ? { responsibleFor: { some: commitmentScopeWhere(actor) } } : {};
  return db.user.findFirst({ where: { id: userId, ...scoped }, select: { id: true, displayName: true, disabled: true } });
}
