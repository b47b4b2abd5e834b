import type { Prisma } from "@/lib/generated/prisma/client";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";

const open = { status: { in: [...OPEN_STATUSES] } };

/**
 * A department with open commitments it leads or supports and no active official: nobody in it
 * can report on them, answer a return or a 催办 (findUnstaffedWork says the same of one
 * department after a change; the departments page marks and filters by this).
 */
export const UNSTAFFED_DEPARTMENT: Prisma.DepartmentWhereInput = {
  users: { none: { role: "OFFICIAL", disabled: false } },
  OR: [{ ledCommitments: { some: open } }, { supporting: { some: { commitment: open } } }],
};
