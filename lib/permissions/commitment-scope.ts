import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

/**
 * The commitments an actor may see and act on, as a Prisma `where`. Officials see and update only
 * commitments their department leads or supports; another department's commitment is simply not found.
 * An official without a department sees nothing.
 */
export function commitmentScopeWhere(actor: Pick<Actor, "role" | "departmentId">): Prisma.CommitmentWhereInput {
  if (actor.role !== "OFFICIAL") return {};
  if (actor.departmentId == null) return { id: -1 };
  return ledOrSupportedBy(actor.departmentId);
}

/** Commitments a department leads or supports (Prisma's form of departmentCommitmentIds). */
export function ledOrSupportedBy(departmentId: number): Prisma.CommitmentWhereInput {
  return { OR: [{ leadDepartmentId: departmentId }, { supporting: { some: { departmentId } } }] };
}
