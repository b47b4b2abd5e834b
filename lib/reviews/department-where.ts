import type { Prisma } from "@/lib/generated/prisma/client";
import { ledOrSupportedBy } from "@/lib/permissions/commitment-scope";

/** Commitments a department leads or supports: the review queue's department filter. */
export function departmentWhere(departmentId: number | undefined): Prisma.CommitmentWhereInput {
  if (departmentId === undefined) return {};
  return ledOrSupportedBy(departmentId);
}
