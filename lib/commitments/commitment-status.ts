import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

/**
 * A commitment still being worked on. Verified (核验), closed as missed (未完成办结) and withdrawn ones are closed: they take no
 * updates, approvals or changes, and hold nobody to anything (a responsible official, a lead
 * department may leave them).
 */
export const OPEN_STATUSES = ["ACTIVE", "COMPLETED"] as const satisfies readonly CommitmentStatus[];

export function isOpen(status: CommitmentStatus): boolean {
  return (OPEN_STATUSES as readonly CommitmentStatus[]).includes(status);
}
