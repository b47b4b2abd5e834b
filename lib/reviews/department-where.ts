import type { Prisma } from "@/lib/generated/prisma/client";

/** Commitments a department leads or supports: the review queue's department filter. */
export function departmentWhere(departmentId: number | undefined): Prisma.CommitmentWhereInput {
  if (departmentId === undefined) return {};
  return { OR: [{ leadDepartmentId: departmentId }, { supporting: { some: { departmentId } } }] };
}
