import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { commitmentScopeWhere } from "@/lib/permissions/commitment-scope";
import { OPEN_STATUSES } from "@/lib/commitments/commitment-status";

/**
 * Returned updates of the official's departments that nobody has answered with a resubmission,
 * on commitments still open: a verified or withdrawn one takes no resubmission, so its returns
 * are nothing left to do.
 */
export function returnedUpdatesWhere(actor: Actor): Prisma.ProgressUpdateWhereInput {
  return { state: "RETURNED", resubmittedBy: { is: null }, commitment: { AND: [commitmentScopeWhere(actor), { status: { in: [...OPEN_STATUSES] } }] } };
}
